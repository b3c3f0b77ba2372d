package app.lectern.classroom.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.account.AccountService;
import app.lectern.account.CurrentUser;
import app.lectern.account.UserRef;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.testsupport.LecternSpringTest;
import app.lectern.ui.NotFoundView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The teacher's class page, login cards and joining, rendered without a browser. */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class ClassroomViewsTest extends SpringBrowserlessTest {

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    CurrentUser currentUser;

    ClassroomTestUsers users;
    UserRef teacher;
    SchoolClass schoolClass;

    @BeforeEach
    void aClass() {
        users = new ClassroomTestUsers(accounts, userDetails);
        teacher = users.teacher("Ms Rivera");
        users.signIn(teacher);
        schoolClass = classroom.createClass("History 9b", ZoneId.of("Europe/Berlin"));
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void theTeacherCreatesAccountsPrintsCardsAndRemovesAStudent() {
        navigate(ClassView.class, params(schoolClass.id()));
        assertThat($(Paragraph.class).id("join-code").getText()).isEqualTo(schoolClass.joinCode());

        test($(TextArea.class).id("bulk-names")).setValue("Maria Lopez\nJonas Berg\n");
        test($(Button.class).id("bulk-create")).click();

        NativeTable roster = $(NativeTable.class).id("roster");
        assertThat(roster.getElement().getTextRecursively()).contains("Maria Lopez", "Jonas Berg");
        assertThat(classroom.roster(schoolClass.id())).hasSize(2);

        navigate(LoginCardsView.class, params(schoolClass.id()));
        assertThat($(Article.class).all()).hasSize(2);
        String cards = $(Article.class).first().getElement().getTextRecursively();
        assertThat(cards).contains("History 9b", "Login name", "Password", "/login");

        navigate(ClassView.class, params(schoolClass.id()));
        test($(Button.class).withText("Remove").first()).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        test(dialog).confirm();
        assertThat(classroom.roster(schoolClass.id())).hasSize(1);
    }

    @Test
    void anotherTeachersClassAndAGuessedIdLookTheSame() {
        users.signIn(users.teacher("Mr Okafor"));

        navigate("teach/classes/" + schoolClass.id(), NotFoundView.class);
        String foreign = getCurrentView().getElement().getTextRecursively();
        navigate("teach/classes/" + (schoolClass.id() + 999), NotFoundView.class);
        String unknown = getCurrentView().getElement().getTextRecursively();

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(foreign).isEqualTo(unknown).contains("does not exist, or it is not yours");
        assertThat(foreign).doesNotContain("History 9b").doesNotContain(schoolClass.joinCode());
    }

    @Test
    void aVisitorJoinsWithTheCodeAndGetsTheirLoginName() {
        ClassroomTestUsers.signOut();
        navigate(JoinView.class);

        test($(TextField.class).id("code")).setValue("wrongcod");
        test($(TextField.class).id("display-name")).setValue("Maria");
        test($(PasswordField.class).id("password")).setValue("a-long-password");
        test($(Button.class).id("join")).click();
        assertThat($(TextField.class).id("code").isInvalid()).isTrue();
        assertThat($(TextField.class).id("code").getErrorMessage()).contains("No class has this code");

        test($(TextField.class).id("code")).setValue(schoolClass.joinCode().toLowerCase());
        test($(Button.class).id("join")).click();

        String login = $(Paragraph.class).id("login-name").getElement().getTextRecursively();
        assertThat(login).startsWith("maria-");
        assertThat($(Paragraph.class).id("account-created").getText()).contains(login, "write it down");
        assertThat(currentUser.get())
                .as("signed in at once")
                .hasValueSatisfying(u -> assertThat(u.loginName()).isEqualTo(login));
        assertThat($(Anchor.class).id("to-assignments").getHref()).isEqualTo("assignments");
        users.signIn(teacher);
        assertThat(classroom.roster(schoolClass.id()))
                .extracting(r -> r.loginName())
                .containsExactly(login);
    }

    @Test
    void everyProblemOfTheJoinFormShowsAtOnce() {
        ClassroomTestUsers.signOut();
        navigate(JoinView.class);

        test($(TextField.class).id("code")).setValue("wrongcod");
        test($(TextField.class).id("display-name")).setValue(" ");
        test($(PasswordField.class).id("password")).setValue("short");
        test($(Button.class).id("join")).click();

        assertThat($(TextField.class).id("code").isInvalid()).isTrue();
        assertThat($(TextField.class).id("display-name").getErrorMessage()).isEqualTo("Enter your name.");
        assertThat($(PasswordField.class).id("password").getErrorMessage()).contains("at least 8 characters");
        assertThat(currentUser.get()).isEmpty();

        test($(TextField.class).id("code")).setValue(schoolClass.joinCode());
        test($(Button.class).id("join")).click();
        assertThat($(TextField.class).id("code").isInvalid())
                .as("the code is right now")
                .isFalse();
        assertThat($(TextField.class).id("display-name").isInvalid()).isTrue();
        assertThat($(PasswordField.class).id("password").isInvalid()).isTrue();
    }

    @Test
    void theTeacherResetsAStudentsPasswordSeesItOnceAndReprintsTheirCardWithLinkAndQrCode() {
        navigate(ClassView.class, params(schoolClass.id()));
        test($(TextArea.class).id("bulk-names")).setValue("Sam Lee");
        test($(Button.class).id("bulk-create")).click();
        var sam = classroom.roster(schoolClass.id()).getFirst();

        test($(Button.class).id("reset-" + sam.studentId())).click();
        test($(ConfirmDialog.class).single()).confirm();

        String password = $(Span.class).id("reset-password").getText();
        assertThat($(Div.class).id("reset-done").getElement().getTextRecursively())
                .contains("Sam Lee", sam.loginName(), "shown only now");
        navigate(LoginCardsView.class, params(schoolClass.id()));
        List<Article> cards = $(Article.class).all();
        assertThat(cards).as("the reset card replaces the bulk one").hasSize(1);
        String card = cards.getFirst().getElement().getTextRecursively();
        assertThat(card).contains(password, "/login?user=" + sam.loginName());
        String qr = $(Html.class).last().getInnerHtml();
        assertThat(qr).startsWith("<svg").contains("aria-label=\"QR code", sam.loginName());

        navigate("teach/classes/" + schoolClass.id(), ClassView.class);
        assertThat($(Div.class).withId("reset-done").exists())
                .as("the password is shown once")
                .isFalse();
    }

    private static java.util.Map<String, String> params(long classId) {
        return java.util.Map.of("classId", String.valueOf(classId));
    }

    @Test
    void duplicateNamesAreNamedAndNothingIsCreated() {
        // (the warning while typing is checked in Chromium: the browserless tester fires no value change here)
        navigate(ClassView.class, params(schoolClass.id()));
        test($(TextArea.class).id("bulk-names")).setValue("Maria Lopez\nJonas Berg\n  maria   LOPEZ \nAli\nAli");
        test($(Button.class).id("bulk-create")).click();

        TextArea names = $(TextArea.class).id("bulk-names");
        assertThat(names.isInvalid()).isTrue();
        assertThat(names.getErrorMessage()).contains("Maria Lopez, Ali").contains("no account was created");
        assertThat(classroom.roster(schoolClass.id())).isEmpty();

        test(names).setValue("Maria Lopez\nJonas Berg");
        test($(Button.class).id("bulk-create")).click();
        assertThat(classroom.roster(schoolClass.id())).hasSize(2);

        // a second list with a name already in the class is refused too
        test($(TextArea.class).id("bulk-names")).setValue("Jonas Berg\nChloé Durand");
        test($(Button.class).id("bulk-create")).click();
        assertThat($(TextArea.class).id("bulk-names").getErrorMessage()).contains("already in the class: Jonas Berg");
        assertThat(classroom.roster(schoolClass.id())).hasSize(2);
    }

    @Test
    void afterCreatingAccountsThePrintNoticeIsUnderTheButtonNotAtTheTopOfThePage() {
        navigate(ClassView.class, params(schoolClass.id()));
        test($(TextArea.class).id("bulk-names")).setValue("Maria Lopez\nJonas Berg");
        test($(Button.class).id("bulk-create")).click();

        Div done = $(Div.class).id("bulk-done");
        assertThat(done.getElement().getTextRecursively()).contains("2 accounts created", "Print login cards");
        assertThat(done.getParent().orElseThrow().getElement().getAttribute("aria-labelledby"))
                .as("inside the section of the button the teacher pressed")
                .isEqualTo("bulk-heading");
        RouterLink cards = $(RouterLink.class).id("cards-link");
        assertThat(cards.getHref()).endsWith("/cards");
        assertThat(cards.getElement().getAttribute("aria-describedby")).isEqualTo("bulk-done-text");

        // shown once: the next visit to the page has no notice
        navigate(ClassView.class, params(schoolClass.id()));
        assertThat($(Div.class).withId("bulk-done").exists()).isFalse();
    }

    @Test
    void aNewJoinCodeIsMadeOnlyAfterConfirming() {
        navigate(ClassView.class, params(schoolClass.id()));
        String before = schoolClass.joinCode();
        test($(Button.class).id("regenerate-code")).click();
        ConfirmDialog dialog = $(ConfirmDialog.class).single();
        assertThat(classroom.schoolClass(schoolClass.id()).joinCode()).isEqualTo(before);
        test(dialog).cancel();
        assertThat(classroom.schoolClass(schoolClass.id()).joinCode()).isEqualTo(before);

        test($(Button.class).id("regenerate-code")).click();
        test($(ConfirmDialog.class).single()).confirm();
        String after = classroom.schoolClass(schoolClass.id()).joinCode();
        assertThat(after).isNotEqualTo(before);
        assertThat($(Paragraph.class).id("join-code").getText()).isEqualTo(after);
        assertThat($(TextField.class).id("join-link").getValue()).endsWith("/join?code=" + after);
    }

    @Test
    void theClassPageShowsAssignmentsBeforeTheRosterAndOffersTheCodeFullScreen() {
        navigate(ClassView.class, params(schoolClass.id()));
        List<String> sections = $(com.vaadin.flow.component.html.Section.class).all().stream()
                .map(sec -> sec.getElement().getAttribute("aria-labelledby"))
                .toList();
        assertThat(sections.indexOf("assignments-heading")).isLessThan(sections.indexOf("roster-heading"));

        test($(RouterLink.class).id("code-full-screen")).click();
        assertThat(getCurrentView()).isInstanceOf(JoinCodeView.class);
        assertThat($(Paragraph.class).id("screen-code").getText()).isEqualTo(schoolClass.joinCode());
        assertThat($(Paragraph.class).id("screen-link").getText()).endsWith("/join?code=" + schoolClass.joinCode());
    }

    @Test
    void creatingAClassOpensIt() {
        navigate(TeachView.class);
        test($(TextField.class).id("class-name")).setValue("Civics 10a");
        test($(Button.class).id("create-class")).click();

        assertThat(getCurrentView()).isInstanceOf(ClassView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Class Civics 10a");
    }
}
