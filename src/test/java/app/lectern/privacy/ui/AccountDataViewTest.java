package app.lectern.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.TestAdmins;
import app.lectern.account.UserRef;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.roster.LoginCard;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The admin's page for another account's data: search, who it is, download, explicit erasure. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class AccountDataViewTest extends SpringBrowserlessTest {

    @Autowired
    AccountService accounts;

    @Autowired
    ClassroomService classroom;

    @Autowired
    UserDetailsService userDetails;

    private ClassroomTestUsers users;
    private UserRef admin;
    private UserRef teacher;
    private LoginCard student;

    @BeforeEach
    void setUp() {
        users = new ClassroomTestUsers(accounts, userDetails);
        admin = users.teacher("Ada Admin");
        TestAdmins.make(accounts, admin.loginName());
        teacher = users.teacher("Tess Teacher");
        users.signIn(teacher);
        SchoolClass schoolClass = classroom.createClass("Civics 7b", ZoneId.of("Europe/Berlin"));
        student = classroom
                .bulkCreateStudents(schoolClass.id(), List.of("Zora Quillfeather"))
                .getFirst();
        ClassroomTestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void anAdminFindsAStudentSeesWhoItIsAndErasesItAfterTypingTheLogin() {
        users.signIn(admin.loginName());
        navigate(AccountDataView.class);

        search("Quillf");
        UserRef found = accounts.findByLoginName(student.loginName()).orElseThrow();
        Section card = $(Section.class).id("account-" + found.id());
        assertThat(card.getElement().getTextRecursively())
                .contains("Zora Quillfeather", student.loginName(), "student", "Civics 7b");
        assertThat($(Anchor.class).id("account-download-" + found.id()).getHref())
                .isNotBlank();

        Button erase = $(Button.class).id("account-erase-" + found.id());
        TextField confirm = $(TextField.class).id("account-confirm-" + found.id());
        assertThat(erase.isEnabled()).as("erase waits for the typed login").isFalse();
        test(confirm).setValue("zora");
        assertThat(erase.isEnabled()).isFalse();
        test(confirm).setValue(student.loginName());
        assertThat(erase.isEnabled()).isTrue();
        test(erase).click();

        String status = $(Paragraph.class).id("account-status").getText();
        assertThat(status)
                .startsWith("Erased " + student.loginName() + " (Zora Quillfeather): ")
                .contains("app_user 1", "class_member 1");
        assertThat(accounts.findByLoginName(student.loginName())).isEmpty();
        assertThat($(Section.class).all()).isEmpty();
    }

    @Test
    void teachersAndAdminsAreShownButCannotBeErasedAndShortQueriesListNobody() {
        users.signIn(admin.loginName());
        navigate(AccountDataView.class);

        search("Te");
        assertThat($(Section.class).all())
                .as("two letters are not enough for a name search")
                .isEmpty();
        assertThat($(Paragraph.class).id("account-status").getText()).isEqualTo("No account matches \"Te\".");

        search(teacher.loginName());
        assertThat($(Section.class).all()).hasSize(1);
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("account-erase-"));
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains("Tess Teacher", "teacher", "Civics 7b", "Only student accounts can be erased here");

        search(admin.loginName());
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("account-erase-"));
    }

    @Test
    void teachersAndStudentsGetTheNotFoundPage() {
        users.signIn(teacher);
        UI.getCurrent().navigate("admin/accounts");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);

        users.signIn(student.loginName());
        UI.getCurrent().navigate("admin/accounts");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private void search(String query) {
        test($(TextField.class).id("account-query")).setValue(query);
        test($(Button.class).id("account-search")).click();
    }

    @Test
    void anAdminResetsATeachersPasswordToAOneTimeOneShownOnceButNotTheirOwn() {
        users.signIn(admin.loginName());
        navigate(AccountDataView.class);

        search(teacher.loginName());
        test($(Button.class).id("account-reset-" + teacher.id())).click();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single())
                .confirm();
        String shown =
                $(Paragraph.class).id("account-reset-result-" + teacher.id()).getText();
        assertThat(shown).contains(teacher.loginName(), "shown only now");
        String password = shown.replaceAll(".*: ([a-z]+-[a-z]+-[a-z]+-[0-9]{2})\\..*", "$1");
        assertThat(password).matches("[a-z]+-[a-z]+-[a-z]+-[0-9]{2}");
        users.signIn(teacher.loginName());
        assertThat(accounts.mustChangePassword()).isTrue();

        users.signIn(admin.loginName());
        navigate(AccountDataView.class);
        search(admin.loginName());
        assertThat($(Button.class).withId("account-reset-" + admin.id()).exists())
                .as("an admin changes their own password with the current one")
                .isFalse();
    }
}
