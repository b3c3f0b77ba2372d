package app.lectern.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Names that students and teachers type — markup, scripts, odd Unicode — are stored as typed and shown as text
 * nodes, never as HTML; names that would read as someone else's, and too long ones, are refused with a message.
 */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class HostileUserInputTest extends SpringBrowserlessTest {

    private static final String SCRIPT = "<script>alert('x')</script>Maria";
    private static final String IMG = "<img src=x onerror=alert(1)> 9b";
    // combining marks, an emoji with a zero-width joiner, Arabic and a CJK name: all legitimate
    private static final String UNICODE = "Zoë Nguyễn 👩‍🎓 مريم 李";

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    ClassroomTestUsers users;
    UserRef teacher;
    SchoolClass schoolClass;

    @BeforeEach
    void aClassWithAHostileName() {
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        schoolClass = classroom.createClass(IMG, ZoneOffset.UTC);
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    private String join(String name) {
        ClassroomTestUsers.signOut();
        // a fresh form: after a successful join the page shows the new login name, read-only
        navigate(app.lectern.account.ui.LoginView.class);
        navigate(JoinView.class);
        test($(TextField.class).id("code")).setValue(schoolClass.joinCode());
        test($(TextField.class).id("display-name")).setValue(name);
        test($(PasswordField.class).id("password")).setValue("a-long-password");
        test($(Button.class).id("join")).click();
        TextField field = $(TextField.class).id("display-name");
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    /** The outermost element of the current page: the layout around the view. */
    private Element page() {
        Element e = getCurrentView().getElement();
        while (e.getParent() != null && !(e.getParent().getComponent().orElse(null) instanceof UI)) {
            e = e.getParent();
        }
        return e;
    }

    /** Every innerHTML in the UI: the only way a string becomes markup in the browser. */
    private static List<String> innerHtml(Element e, List<String> out) {
        if (!e.isTextNode() && e.getProperty("innerHTML") != null) {
            out.add(e.getProperty("innerHTML"));
        }
        e.getChildren().forEach(c -> innerHtml(c, out));
        return out;
    }

    @Test
    void markupAndUnicodeInNamesAreStoredAsTypedAndShownAsText() {
        assertThat(join(SCRIPT)).isNull();
        assertThat(join(UNICODE)).isNull();

        users.signIn(teacher);
        assertThat(classroom.roster(schoolClass.id()))
                .extracting(r -> r.displayName())
                .containsExactlyInAnyOrder(SCRIPT, UNICODE);

        navigate(ClassView.class, Map.of("classId", String.valueOf(schoolClass.id())));
        NativeTable roster = $(NativeTable.class).id("roster");
        String text = roster.getElement().getTextRecursively();
        assertThat(text).contains(SCRIPT, UNICODE);
        String page = page().getTextRecursively();
        assertThat(page).contains(IMG);
        assertThat(innerHtml(page(), new ArrayList<>()))
                .noneMatch(html -> html.contains("<script") || html.contains("onerror"));

        navigate(TeachView.class);
        assertThat(page().getTextRecursively()).contains(IMG);
        assertThat(innerHtml(page(), new ArrayList<>())).noneMatch(html -> html.contains("onerror"));
    }

    @Test
    void namesThatHideOrReverseTextAreRefusedWithAMessage() {
        // "Maria" with a right-to-left override reads as "airaM"-something else in a roster
        assertThat(join("Mar\u202Eia")).contains("text-direction");
        assertThat(join("Ma\u200Bria")).contains("invisible");
        assertThat(join("\u200B\u200B")).contains("invisible");
        assertThat(join("Maria\u0000")).contains("invisible");

        users.signIn(teacher);
        assertThat(classroom.roster(schoolClass.id())).isEmpty();
    }

    @Test
    void tooLongNamesAreRefusedWithTheLimit() {
        assertThat(join("M".repeat(81))).isEqualTo("The name can have at most 80 characters.");
        assertThat(join("M".repeat(80))).isNull();

        users.signIn(teacher);
        navigate(TeachView.class);
        test($(TextField.class).id("class-name")).setValue("C".repeat(101));
        test($(Button.class).id("create-class")).click();
        assertThat($(TextField.class).id("class-name").getErrorMessage())
                .isEqualTo("The name can have at most 100 characters.");
    }

    @Test
    void lengthLimitsCountCharactersNotUtf16Units() {
        // 😀 is one character but two UTF-16 units; a name needs one letter: "M" and 79 of them are 80 characters
        String grin = "\uD83D\uDE00";
        assertThat(join("M" + grin.repeat(79))).isNull();
        assertThat(join("M" + grin.repeat(80))).isEqualTo("The name can have at most 80 characters.");
        assertThat($(TextField.class).id("display-name").getMaxLength())
                .as("the browser counts UTF-16 units")
                .isGreaterThanOrEqualTo(160);

        users.signIn(teacher);
        navigate(TeachView.class);
        String books = "C" + "\uD83D\uDCDA".repeat(99);
        test($(TextField.class).id("class-name")).setValue(books);
        test($(Button.class).id("create-class")).click();
        assertThat(classroom.myClasses()).extracting(c -> c.name()).contains(books);
        // creating a class opens it; the next one is made from the list of classes again
        navigate(TeachView.class);
        test($(TextField.class).id("class-name")).setValue(books + "\uD83D\uDCDA");
        test($(Button.class).id("create-class")).click();
        assertThat($(TextField.class).id("class-name").getErrorMessage())
                .isEqualTo("The name can have at most 100 characters.");
    }

    @Test
    void aClassNameThatReversesTextIsRefused() {
        navigate(TeachView.class);
        test($(TextField.class).id("class-name")).setValue("History \u202E9b");
        test($(Button.class).id("create-class")).click();
        assertThat($(TextField.class).id("class-name").isInvalid()).isTrue();
        assertThat(classroom.myClasses()).hasSize(1);
    }
}
