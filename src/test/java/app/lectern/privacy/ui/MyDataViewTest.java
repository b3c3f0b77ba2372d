package app.lectern.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The "My data" page for a signed-in student, rendered without a browser. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class MyDataViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void aStudentFindsTheDownloadOfTheirDataAndHowToHaveItErased() {
        ClassroomTestUsers users = new ClassroomTestUsers(accounts, userDetails);
        UserRef student = users.student("Maria Lopez");
        users.signIn(student);

        navigate(MyDataView.class);

        assertThat($(H1.class).single().getText()).isEqualTo("My data");
        Anchor download = $(Anchor.class).id("my-data-download");
        assertThat(download.getText()).isEqualTo("Download my data (JSON)");
        assertThat(download.getHref()).isNotBlank();
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("ask your teacher or the school's Lectern administrator");
    }
}
