package app.lectern.question.cloze;

import app.lectern.content.LearningModule;
import app.lectern.question.PartVerdict;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypeDefinition;
import app.lectern.question.ReadableText;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/** The {@code cloze} type: a text with blanks to fill. */
public final class ClozeType extends QuestionTypeDefinition<ClozeQuestion, ClozeAnswer> {

    /** The type as the registry lists it. */
    public static final QuestionType<ClozeQuestion, ClozeAnswer> TYPE = new QuestionType<>(new ClozeType());

    private ClozeType() {
        super(
                "cloze",
                ClozeQuestion.class,
                ClozeAnswer.class,
                ClozeGrading::grade,
                ClozeGrading::keyText,
                ClozeGrading::optionFeedback);
    }

    /** See {@link ClozeGrading#parts}. */
    @Override
    public List<PartVerdict> parts(ClozeQuestion question, ClozeAnswer answer) {
        return ClozeGrading.parts(question, answer);
    }

    /** One numbered line per blank, as written. */
    @Override
    public String answerText(ClozeQuestion question, ClozeAnswer answer) {
        return answer.blanks() == null ? "" : ReadableText.numbered(answer.blanks());
    }

    /** The blanks in one line, e.g. {@code "drone | —"}. */
    @Override
    public String summary(ClozeQuestion question, ClozeAnswer answer) {
        if (answer.blanks() == null) {
            return ReadableText.NOTHING;
        }
        return String.join(
                " | ", answer.blanks().stream().map(ReadableText::orNothing).toList());
    }

    /** The main answer of every blank. */
    @Override
    public ClozeAnswer rightAnswer(LearningModule module, ClozeQuestion question) {
        return new ClozeAnswer(
                question.blanks().stream().map(ClozeText.Blank::answer).toList());
    }

    /** None yet: demo students skip cloze questions. */
    @Override
    public Optional<Function<Random, ClozeAnswer>> mistakes(ClozeQuestion question) {
        return Optional.empty();
    }

    /** Nothing to check: any text may be typed in a blank, and grading checks the number of blanks. */
    @Override
    public void requireOffered(LearningModule module, ClozeQuestion question, ClozeAnswer answer) {}

    /** Never shuffled: the text keeps its order (a word bank is sorted alphabetically). */
    @Override
    public ClozeQuestion shuffled(ClozeQuestion question, long seed) {
        return question;
    }
}
