package app.lectern.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.catalog.ContentCatalog;
import app.lectern.classroom.AssignmentSettings;
import app.lectern.classroom.ClassroomService;
import app.lectern.classroom.ClassroomTestUsers;
import app.lectern.classroom.FeedbackTiming;
import app.lectern.classroom.attempt.AttemptService;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.content.load.ModuleLoader;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.single.SingleQuestion;
import app.lectern.study.LibraryEntry;
import app.lectern.study.StudyService;
import app.lectern.testsupport.LecternSpringTest;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #11 finding 1, the key-harvest test: a module that is assigned, with assessment items, studied anonymously in
 * self-study. No prompt, option, key or explanation of an assessment item reaches the anonymous learner, in any page
 * of the reader, the results page, the library or any self-study service result, and the library's counts leave
 * them out; the assignment itself has them.
 */
@LecternSpringTest
@ViewPackages(packages = "app.lectern")
class KeyHarvestTest extends SpringBrowserlessTest {

    private static final String MODULE = "china-russia-ukraine";

    @Autowired
    ContentCatalog catalog;

    @Autowired
    StudyService study;

    @Autowired
    ClassroomService classroom;

    @Autowired
    AttemptService attempts;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        ClassroomTestUsers.signOut();
    }

    @Test
    void anonymousSelfStudyOfAnAssignedModuleYieldsNoAssessmentItem() {
        LearningModule full = new ModuleLoader()
                .load(Path.of("content", MODULE, "module.yaml"))
                .module()
                .orElseThrow();
        List<Question> assessment = full.questions()
                .filter(q -> q.base().assessmentOnly()
                        || full.poolOf(q.id()).map(p -> p.assessmentOnly()).orElse(false))
                .toList();
        assertThat(assessment).as("the seed module has assessment items").hasSizeGreaterThanOrEqualTo(4);
        Set<String> ids = assessment.stream().map(Question::id).collect(Collectors.toSet());
        List<String> secrets = secrets(assessment);
        long assigned = assignedToAStudent(full, ids);

        UUID learner = UiTestSupport.signInAnonymousLearner();
        List<String> seen = new ArrayList<>();
        LearningModule served = study.module(MODULE).orElseThrow();
        for (Section section : served.sections()) {
            navigate("modules/" + MODULE + "/" + section.id(), ReaderView.class);
            seen.addAll(UiTestSupport.everythingSentToTheBrowser(null));
        }
        navigate("modules/" + MODULE + "/results", SummaryView.class);
        seen.addAll(UiTestSupport.everythingSentToTheBrowser(null));
        navigate("", LibraryView.class);
        seen.addAll(UiTestSupport.everythingSentToTheBrowser(null));
        for (String id : ids) {
            assertThatThrownBy(() -> study.submit(learner, MODULE, id, new SingleAnswer("a")))
                    .as("answering " + id + " in self-study")
                    .isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> study.takeHint(learner, MODULE, id)).isInstanceOf(NoSuchElementException.class);
        }
        LibraryEntry entry = study.library(learner).stream()
                .filter(e -> e.module().id().equals(MODULE))
                .findFirst()
                .orElseThrow();
        seen.add(served.toString());
        seen.add(entry.toString());
        seen.add(study.progress(learner, MODULE).toString());
        seen.add(study.result(learner, MODULE).toString());
        seen.add(catalog.modules().toString());

        assertThat(entry.questions()).isEqualTo(full.questions().count() - ids.size());
        assertThat(served.questions().map(Question::id)).doesNotContainAnyElementsOf(ids);
        for (String secret : secrets) {
            assertThat(seen)
                    .as("self-study shows nothing of an assessment item")
                    .noneMatch(s -> s.contains(secret));
        }
        assertThat(assigned).as("the assignment has them").isPositive();
    }

    /** The texts only an assessment item holds: prompts, explanations, option texts and option feedback. */
    private static List<String> secrets(List<Question> assessment) {
        List<String> out = assessment.stream()
                .flatMap(q -> Stream.concat(
                        Stream.of(q.base().prompt(), q.base().explanation()),
                        q instanceof SingleQuestion s
                                ? s.options().stream().flatMap(o -> Stream.of(o.text(), o.feedback()))
                                : Stream.<String>empty()))
                .filter(s -> s != null && s.length() >= 12)
                .toList();
        assertThat(out).hasSizeGreaterThan(assessment.size());
        return out;
    }

    /** Assigns the module to a class and opens a student's attempt; how many assessment items the attempt has. */
    private long assignedToAStudent(LearningModule full, Set<String> ids) {
        ClassroomTestUsers users = new ClassroomTestUsers(accounts, userDetails);
        UserRef teacher = users.teacher("Harvest Teacher");
        users.signIn(teacher);
        var schoolClass = classroom.createClass("Harvest " + UUID.randomUUID(), ZoneOffset.UTC);
        UserRef student = users.student("Harvest Student");
        users.signIn(student);
        classroom.joinWithCode(schoolClass.joinCode());
        users.signIn(teacher);
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        var a = classroom.assign(
                schoolClass.id(),
                new AssignmentSettings(
                        MODULE, "", now.minusDays(1), now.plusDays(7), 3, FeedbackTiming.AFTER_SUBMIT, false, false));
        users.signIn(student);
        long count = attempts.open(a.id())
                .module()
                .questions()
                .filter(q -> ids.contains(q.id()))
                .count();
        ClassroomTestUsers.signOut();
        assertThat(full.version()).isEqualTo(a.moduleVersion());
        return count;
    }
}
