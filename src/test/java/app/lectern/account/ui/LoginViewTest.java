package app.lectern.account.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.reader.ui.UiTestSupport;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The login page opened from a login card: the name is typed in, the password field has the focus. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class LoginViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void learner() {
        UiTestSupport.signInAnonymousLearner();
    }

    @Test
    void aUsernameFromALoginCardIsTypedInAndThePasswordFocused() {
        open("maria-4821");

        assertThat(prefills()).containsExactly("maria-4821");
        assertThat($(LoginForm.class).single().getElement().hasAttribute("no-autofocus"))
                .as("the username field must not take the focus back from the password")
                .isTrue();
    }

    @Test
    void theValueOnlyEverBecomesFieldTextAndOverlongOrControlCharactersAreIgnored() {
        String markup = "\"><img src=x onerror=alert(1)>";
        open(markup);
        // passed as a parameter: the browser sets it as the field's value, never parses it
        assertThat(prefills()).containsExactly(markup);

        open("a".repeat(LoginView.MAX_USERNAME + 1));
        assertThat(prefills()).isEmpty();

        open("maria\n4821");
        assertThat(prefills()).isEmpty();
    }

    @Test
    void withoutAUsernameTheFormIsUntouched() {
        navigate(LoginView.class);

        assertThat(prefills()).isEmpty();
        assertThat($(LoginForm.class).single().getElement().hasAttribute("no-autofocus"))
                .isFalse();
    }

    /** Opens {@code /login?username=<value>} as a login card's link does. */
    private void open(String username) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("username", username)));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    /** The usernames the page asked the browser to type in. */
    private static List<Object> prefills() {
        // element scripts are queued when the response is written
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(i -> i.getExpression().contains("password.focus()"))
                .map(i -> i.getParameters().getFirst())
                .toList();
    }
}
