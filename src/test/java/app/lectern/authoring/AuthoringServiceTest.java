package app.lectern.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.TestAdmins;
import app.lectern.account.UserRef;
import app.lectern.catalog.ContentCatalog;
import app.lectern.classroom.Assignment;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.roster.SchoolClass;
import app.lectern.content.LearningModule;
import app.lectern.content.Source;
import app.lectern.testsupport.LecternSpringTest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Teachers' modules with real accounts and the database: drafts, locking, publishing, sharing, pinning. */
@LecternSpringTest
class AuthoringServiceTest {

    static final NewModule ARTICLE = new NewModule(
            "Harbour bridge vote",
            "The town council votes on a new bridge; who says what about its cost?",
            "en",
            "Grades 6–8",
            List.of("Tell the council's claims from the engineers' findings."),
            new Source("Bridge vote delayed", "Ana Lopes", null, "Town Gazette", "2025-03", "https://example.org/a"),
            List.of(
                    new NewModule.SectionText("The vote", "The council met on Monday. It put off the vote."),
                    new NewModule.SectionText("The cost", "Engineers say the bridge would cost 4 million."),
                    new NewModule.SectionText("What next", "The council meets again in May.")));

    @Autowired
    AuthoringService authoring;

    @Autowired
    ContentCatalog catalog;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    ClassroomTestUsers users;
    UserRef author;
    UserRef colleague;

    @BeforeEach
    void accounts() {
        users = new ClassroomTestUsers(accounts, userDetails);
        author = users.teacher("Ms Rivera");
        colleague = users.teacher("Mr Okafor");
    }

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void aTeacherStartsAModuleFromAnArticleAndOnlyItsAuthorsSeeTheDraft() {
        users.signIn(author);

        String id = authoring.create(ARTICLE);
        Draft draft = authoring.draft(id);

        assertThat(id).startsWith("harbour-bridge-vote");
        assertThat(draft.yaml()).contains("title: Harbour bridge vote").contains("id: the-vote");
        assertThat(draft.isOwner()).isTrue();
        assertThat(draft.publishedVersion()).isZero();
        assertThat(authoring.check(id, draft.yaml()).problems()).isEmpty();
        assertThat(authoring.myModules()).extracting(AuthoredModule::moduleId).contains(id);

        users.signIn(colleague);
        assertThatThrownBy(() -> authoring.draft(id)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> authoring.save(id, draft.yaml(), draft.revision()))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(authoring.myModules()).extracting(AuthoredModule::moduleId).doesNotContain(id);
    }

    @Test
    void aSecondSaveOfAnOldRevisionIsRefusedAndOverwritesNothing() {
        users.signIn(author);
        String id = authoring.create(ARTICLE);
        Draft opened = authoring.draft(id);

        Draft first = authoring.save(id, opened.yaml().replace("Monday", "Tuesday"), opened.revision());

        assertThatThrownBy(() -> authoring.save(id, opened.yaml().replace("Monday", "Friday"), opened.revision()))
                .isInstanceOf(DraftConflictException.class)
                .satisfies(
                        e -> assertThat(((DraftConflictException) e).savedBy()).isEqualTo("Ms Rivera"));
        assertThat(authoring.draft(id).yaml()).contains("Tuesday").doesNotContain("Friday");
        assertThat(first.revision()).isEqualTo(opened.revision() + 1);
    }

    @Test
    void aDraftWithProblemsIsSavedButNotPublished() {
        users.signIn(author);
        String id = authoring.create(ARTICLE);
        Draft draft = authoring.draft(id);

        DraftReport misspelt = authoring.check(id, draft.yaml().replace("summary:", "sumary:"));
        assertThat(misspelt.problems())
                .extracting(p -> p.message())
                .anyMatch(m -> m.contains("did you mean 'summary'"));
        assertThat(misspelt.bound())
                .as("a key the form does not know would be lost")
                .isEmpty();

        Draft broken = authoring.save(id, draft.yaml().replace("level: Grades 6–8", "level: \"\""), draft.revision());

        DraftReport report = authoring.check(id, broken.yaml());
        assertThat(report.problems()).extracting(p -> p.path()).containsExactly("level");
        assertThat(report.bound()).map(LearningModule::title).contains("Harbour bridge vote");
        assertThatThrownBy(() -> authoring.publish(id, broken.revision()))
                .isInstanceOf(AuthoringException.class)
                .extracting(e -> ((AuthoringException) e).messageKey())
                .isEqualTo("authoring.error.has-problems");
        assertThat(catalog.assignable(author.id()))
                .extracting(LearningModule::id)
                .doesNotContain(id);
    }

    @Test
    void publishingMakesAVersionTheAuthorMayAssignAndSharingOpensItToOthers() {
        users.signIn(author);
        String id = authoring.create(ARTICLE);

        Draft published = authoring.publish(id, authoring.draft(id).revision());

        assertThat(published.publishedVersion()).isEqualTo(1);
        assertThat(published.changedSincePublished()).isFalse();
        assertThat(catalog.assignable(author.id()))
                .extracting(LearningModule::id)
                .contains(id);
        assertThat(catalog.assignable(colleague.id()))
                .extracting(LearningModule::id)
                .doesNotContain(id);
        assertThat(catalog.modules()).extracting(LearningModule::id).doesNotContain(id);

        authoring.share(id, Visibility.TEACHERS);
        assertThat(catalog.assignable(colleague.id()))
                .extracting(LearningModule::id)
                .contains(id);
        assertThat(catalog.modules()).extracting(LearningModule::id).doesNotContain(id);

        authoring.share(id, Visibility.PUBLIC);
        assertThat(catalog.modules()).extracting(LearningModule::id).doesNotContain(id);
        UserRef adminUser = users.teacher("Admin");
        TestAdmins.make(accounts, adminUser.loginName());
        users.signIn(adminUser);
        assertThat(authoring.awaitingApproval())
                .extracting(AuthoredModule::moduleId)
                .contains(id);
        authoring.approve(id, true);
        assertThat(catalog.modules()).extracting(LearningModule::id).contains(id);
        assertThat(catalog.module(id)).map(LearningModule::title).contains("Harbour bridge vote");
    }

    @Test
    void republishingNeverChangesWhatAnAssignmentPinned() {
        users.signIn(author);
        String id = authoring.create(ARTICLE);
        authoring.publish(id, authoring.draft(id).revision());
        SchoolClass c = classroom.createClass("Civics 7a", ZoneId.of("Europe/Berlin"));
        LocalDateTime now = LocalDateTime.now();
        Assignment first = classroom.assign(
                c.id(), new AssignmentSettings(id, "", now, now.plusDays(7), 2, FeedbackTiming.IMMEDIATE, false, true));

        Draft draft = authoring.draft(id);
        Draft edited = authoring.save(id, draft.yaml().replace("4 million", "5 million"), draft.revision());
        assertThat(edited.changedSincePublished()).isTrue();
        Draft second = authoring.publish(id, edited.revision());
        Assignment later = classroom.assign(
                c.id(), new AssignmentSettings(id, "", now, now.plusDays(7), 2, FeedbackTiming.IMMEDIATE, false, true));

        assertThat(second.publishedVersion()).isEqualTo(2);
        assertThat(second.yaml()).contains("version: 2").contains("5 million");
        assertThat(first.moduleVersion()).isEqualTo(1);
        assertThat(later.moduleVersion()).isEqualTo(2);
        assertThat(catalog.source(id, 1)).contains("4 million").doesNotContain("5 million");
        assertThat(classroom.assignments(c.id()))
                .extracting(Assignment::moduleVersion)
                .containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void coAuthorsEditAndPublishButOnlyTheOwnerShares() {
        users.signIn(author);
        String id = authoring.create(ARTICLE);
        authoring.addCoAuthor(id, colleague.loginName());

        users.signIn(colleague);
        Draft draft = authoring.draft(id);
        assertThat(draft.isOwner()).isFalse();
        Draft saved = authoring.save(id, draft.yaml().replace("May", "June"), draft.revision());
        assertThat(authoring.publish(id, saved.revision()).publishedVersion()).isEqualTo(1);
        assertThatThrownBy(() -> authoring.share(id, Visibility.TEACHERS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.addCoAuthor(id, author.loginName()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.assignable(colleague.id()))
                .extracting(LearningModule::id)
                .contains(id);
    }

    @Test
    void studentsAndVisitorsCannotAuthor() {
        UserRef student = users.student("Sam");
        users.signIn(student);
        assertThatThrownBy(() -> authoring.create(ARTICLE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.myModules()).isInstanceOf(AccessDeniedException.class);
        ClassroomTestUsers.signOut();
        assertThatThrownBy(() -> authoring.create(ARTICLE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBundledModuleIsCopiedIntoAnEditableDraftWithANewId() {
        users.signIn(author);

        String id = authoring.copy("reading-war-claims");

        assertThat(id).isEqualTo("reading-war-claims-copy").isNotEqualTo("reading-war-claims");
        Draft draft = authoring.draft(id);
        assertThat(draft.yaml()).startsWith("id: " + id + "\nversion: 1\n");
        DraftReport report = authoring.check(id, draft.yaml());
        assertThat(report.problems()).isEmpty();
        assertThat(authoring.copy("reading-war-claims")).isEqualTo("reading-war-claims-copy-2");
    }

    @Test
    void hostileDraftsAreRefusedWithAReason() {
        users.signIn(author);
        String id = authoring.create(ARTICLE);
        Draft draft = authoring.draft(id);

        assertThatThrownBy(() -> authoring.save(id, "x".repeat(AuthoringService.MAX_YAML_CHARS + 1), draft.revision()))
                .isInstanceOf(AuthoringException.class)
                .extracting(e -> ((AuthoringException) e).messageKey())
                .isEqualTo("authoring.error.too-long");
        Draft renamed = authoring.save(id, draft.yaml().replace("id: " + id, "id: someone-elses"), draft.revision());
        assertThat(authoring.check(id, renamed.yaml()).problems())
                .extracting(p -> p.path())
                .contains("id");
        assertThatThrownBy(() -> authoring.addCoAuthor(id, "no-such-login")).isInstanceOf(AuthoringException.class);
    }
}
