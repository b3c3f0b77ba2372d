package app.lectern.reader.ui;

import app.lectern.answering.Feedback;
import app.lectern.content.Claim;
import app.lectern.content.ClaimStatus;
import app.lectern.content.Evidence;
import app.lectern.content.GlossaryEntry;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import app.lectern.content.Section;
import app.lectern.content.Skill;
import app.lectern.content.Source;
import app.lectern.content.TimelineEvent;
import app.lectern.content.Use;
import app.lectern.question.Answer;
import app.lectern.question.Option;
import app.lectern.question.single.SingleQuestion;
import app.lectern.reader.LearnerWork;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A route that exists only in tests: a small module whose every aid kind would answer a question, read in
 * self-study form with its work held in memory. Every answer is right at the first try. For signed-in learners only,
 * so that it is not one more anonymous route.
 */
@Route("reader-test/aids")
@RolesAllowed("LEARNER")
public class AidFixtureView extends Composite<ModuleReader> implements BeforeEnterObserver {

    /** The learner's feedback so far, per question id; tests clear it. */
    static final Map<String, Feedback> FEEDBACK = new HashMap<>();

    static final String DEFINITION = "Agreement shown by not objecting.";
    static final String HELD_BACK_DEFINITION = "Usable for both civilian and military ends.";
    static final String CLAIM_BY = "Western officials";
    static final String CLAIM_TEXT = "Beijing gives the war its quiet approval.";
    static final String LOCKED_EVENT = "Talks begin in Istanbul";

    /** Questions 1, 2 and 3 in the reader; the assessment item is held back in self-study. */
    static final LearningModule MODULE = new LearningModule(
                    "aid-fixture",
                    1,
                    "Aids that answer",
                    "A module for tests.",
                    "en",
                    "Grades 9–12",
                    10,
                    List.of(),
                    new Source(null, "A. Author", null, "Publisher", "2025", null),
                    List.of("Test aids."),
                    List.of(
                            new GlossaryEntry("tacit approval", DEFINITION, List.of("meaning-q")),
                            new GlossaryEntry("dual-use", HELD_BACK_DEFINITION, List.of("assess-q"))),
                    List.of(
                            new TimelineEvent("2022-02", "Sanctions follow"),
                            new TimelineEvent("2022-03", LOCKED_EVENT, List.of("when-q"))),
                    List.of(new Claim(
                            "quiet-approval",
                            CLAIM_TEXT,
                            CLAIM_BY,
                            ClaimStatus.VIEW,
                            null,
                            new Evidence("deal", "Officials describe tacit approval of the deal."),
                            List.of(),
                            List.of("meaning-q", "who-q"))),
                    List.of(new Section(
                            "deal",
                            "The deal",
                            "Officials describe tacit approval of the deal. Some goods are dual-use.",
                            List.of(
                                    single("meaning-q", Use.PRACTICE),
                                    single("who-q", Use.PRACTICE),
                                    single("when-q", Use.PRACTICE),
                                    single("assess-q", Use.ASSESSMENT)))),
                    List.of())
            .forSelfStudy();

    private static Question single(String id, Use use) {
        return new SingleQuestion(
                new QuestionBase(id, "single", "Which?", 1.0, Skill.VOCABULARY, "Because.", null, null, use),
                List.of(new Option("a", "First", null), new Option("b", "Second", null)),
                "a");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        getContent().open(event, new Mode(), java.util.Optional.empty());
    }

    private static final class Mode implements ReaderMode {

        @Override
        public LearningModule module() {
            return MODULE;
        }

        @Override
        public String heading() {
            return MODULE.title();
        }

        @Override
        public String lastSectionId() {
            return null;
        }

        @Override
        public void visit(Section section) {}

        @Override
        public LearnerWork work(Section opened) {
            return new LearnerWork(Map.of(), Map.copyOf(FEEDBACK), Set.of(), Set.of());
        }

        @Override
        public LearnerWork answered(LearnerWork work, Question question, Answer answer, Feedback feedback) {
            FEEDBACK.put(question.id(), feedback);
            return new LearnerWork(Map.of(question.id(), answer), Map.copyOf(FEEDBACK), Set.of(), Set.of());
        }

        @Override
        public Feedback submit(Question question, Answer answer) {
            return new Feedback(
                    question.id(),
                    1,
                    1,
                    true,
                    false,
                    false,
                    "Because.",
                    null,
                    null,
                    null,
                    null,
                    1,
                    0,
                    null,
                    false,
                    null);
        }

        @Override
        public long displaySeed(Question question) {
            return 0;
        }

        @Override
        public String takeHint(Question question) {
            return "";
        }

        @Override
        public String sectionUrl(Section target) {
            return "reader-test/aids";
        }

        @Override
        public void navigateTo(Section target, QueryParameters query) {}

        @Override
        public Component lastPagerLink() {
            return new Span();
        }
    }
}
