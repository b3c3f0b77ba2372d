package app.lectern.question;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.load.ModuleLoader;
import app.lectern.question.ui.InputFixtures;
import app.lectern.question.ui.QuestionEditors;
import app.lectern.question.ui.QuestionInputs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every registered type provides every part a type needs (what adding a type to {@link QuestionTypes} must bring:
 * its definition, its input in {@code QuestionInputs}, its editor and blank record in {@code QuestionEditors}),
 * and its sample right answer earns full marks on real content. Failures name the type and the missing part.
 */
class QuestionTypeContractTest {

    private static final LearningModule SHIPPED = load(Path.of("content", "china-russia-ukraine"));
    private static final LearningModule CANARY = load(Path.of("src", "test", "resources", "canary-content", "canary"));

    private static LearningModule load(Path folder) {
        return new ModuleLoader()
                .load(folder.resolve(ModuleLoader.MODULE_FILE))
                .module()
                .orElseThrow();
    }

    @TestFactory
    Stream<DynamicTest> everyRegisteredTypeProvidesEveryPart() {
        return QuestionTypes.ALL.stream()
                .map(type -> DynamicTest.dynamicTest(type.name(), () -> {
                    List<String> missing = missingParts(type);
                    assertThat(missing)
                            .as("parts the %s type is missing", type.name())
                            .isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> theSampleRightAnswerEarnsFullMarksOnShippedAndCanaryContent() {
        return Stream.of(SHIPPED, CANARY)
                .flatMap(module -> module.questions()
                        .map(question -> DynamicTest.dynamicTest(
                                module.id() + "/" + question.id(), () -> assertRightAnswerWorks(module, question))));
    }

    @TestFactory
    Stream<DynamicTest> demoMistakesAreWrongAndRightSamplesTakeNothingFromTheRandomSource() {
        return SHIPPED.questions()
                .map(question -> DynamicTest.dynamicTest(question.id(), () -> {
                    QuestionType<?, ?> type = QuestionTypes.of(question);
                    Random random = new Random(1);
                    Optional<Answer> right = type.sampleAnswer(SHIPPED, question, true, random);
                    assertThat(random.nextLong()).isEqualTo(new Random(1).nextLong());
                    Optional<Answer> wrong = type.sampleAnswer(SHIPPED, question, false, new Random(2));
                    assertThat(wrong.isPresent()).isEqualTo(right.isPresent());
                    if (wrong.isPresent()) {
                        type.requireOffered(SHIPPED, question, wrong.get());
                        assertThat(type.grade(question, wrong.get()).fullyRight())
                                .as("%s: the demo mistake is right", type.name())
                                .isFalse();
                    }
                }));
    }

    /** The parts of a type that are missing or do not work on its fixture question, each as "type: part". */
    private static List<String> missingParts(QuestionType<?, ?> type) {
        List<String> missing = new ArrayList<>();
        Optional<Question> fixture = InputFixtures.ONE_OF_EACH.stream()
                .filter(type.questionClass()::isInstance)
                .findFirst();
        if (!QuestionInputs.supports(type.name())) {
            missing.add(type.name() + ": no input component in QuestionInputs");
        }
        if (!QuestionEditors.supports(type.name())) {
            missing.add(type.name() + ": no editor in QuestionEditors");
        } else {
            Question blank = QuestionEditors.blank(type.name(), "new-question");
            if (blank == null
                    || !type.questionClass().isInstance(blank)
                    || !"new-question".equals(blank.id())
                    || !type.name().equals(blank.base().type())) {
                missing.add(type.name() + ": no blank record of its type in QuestionEditors");
            }
        }
        if (fixture.isEmpty()) {
            missing.add(type.name() + ": no test question in InputFixtures.ONE_OF_EACH");
            return missing;
        }
        Question question = fixture.get();
        if (type.keyText(question) == null) {
            missing.add(type.name() + ": no key text");
        }
        Answer right = type.rightAnswer(InputFixtures.MODULE, question);
        if (right == null) {
            missing.add(type.name() + ": no sample right answer");
            return missing;
        }
        String text = type.answerText(question, right);
        if (text == null || text.isBlank()) {
            missing.add(type.name() + ": no answer text");
        }
        String summary = type.summary(question, right);
        if (question.autoScored() && (summary == null || summary.isBlank() || summary.equals(ReadableText.NOTHING))) {
            missing.add(type.name() + ": no one-line summary for the item analysis");
        }
        if (!type.parts(question, right).stream().allMatch(PartVerdict::right)) {
            missing.add(type.name() + ": a part of the sample right answer is judged wrong");
        }
        Question shuffled = type.shuffled(question, 42);
        if (shuffled == null || !type.questionClass().isInstance(shuffled)) {
            missing.add(type.name() + ": no shuffle rule");
        } else if (!shuffled.equals(type.shuffled(question, 42))
                || !shuffled.id().equals(question.id())) {
            missing.add(type.name() + ": the shuffle rule is not fixed by the seed or changes the question");
        } else if (type.grade(shuffled, right).fraction()
                != type.grade(question, right).fraction()) {
            missing.add(type.name() + ": the shuffle rule changes the key");
        }
        return missing;
    }

    private static void assertRightAnswerWorks(LearningModule module, Question question) {
        QuestionType<?, ?> type = QuestionTypes.of(question);
        Answer right = type.rightAnswer(module, question);
        type.requireOffered(module, question, right);
        Grade grade = type.grade(question, right);
        if (question.autoScored()) {
            assertThat(grade.fullyRight())
                    .as("%s: the sample right answer to %s is graded %s", type.name(), question.id(), grade)
                    .isTrue();
        } else {
            assertThat(grade.pending())
                    .as("%s: waits for a teacher", type.name())
                    .isTrue();
        }
        assertThat(StoredAnswers.read(question, StoredAnswers.write(right)))
                .as("%s: the sample answer is stored and read back", type.name())
                .contains(right);
    }
}
