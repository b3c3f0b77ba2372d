package app.lectern.question.match;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.question.PartVerdict;
import app.lectern.question.QuestionType;
import app.lectern.question.QuestionTypeDefinition;
import app.lectern.question.ReadableText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/** The {@code match} type: left-hand texts paired with right-hand texts. */
public final class MatchType extends QuestionTypeDefinition<MatchQuestion, MatchAnswer> {

    /** The type as the registry lists it. */
    public static final QuestionType<MatchQuestion, MatchAnswer> TYPE = new QuestionType<>(new MatchType());

    private MatchType() {
        super(
                "match",
                MatchQuestion.class,
                MatchAnswer.class,
                MatchGrading::grade,
                MatchGrading::keyText,
                MatchGrading::optionFeedback);
    }

    /** See {@link MatchGrading#parts}. */
    @Override
    public List<PartVerdict> parts(MatchQuestion question, MatchAnswer answer) {
        return MatchGrading.parts(question, answer);
    }

    /** One line per pair the student made, e.g. {@code "Zelensky → President of Ukraine"}. */
    @Override
    public String answerText(MatchQuestion question, MatchAnswer answer) {
        if (answer.rightByLeft() == null) {
            return "";
        }
        return String.join(
                "\n",
                answer.rightByLeft().entrySet().stream()
                        .map(e -> e.getKey() + " → " + e.getValue())
                        .toList());
    }

    /** Every left-hand text of the question with the student's choice, {@code "—"} where none was made. */
    @Override
    public String summary(MatchQuestion question, MatchAnswer answer) {
        Map<String, String> given = answer.rightByLeft() == null ? Map.of() : answer.rightByLeft();
        List<String> parts = new ArrayList<>();
        for (MatchPair p : question.pairs()) {
            String right = given.get(p.left());
            parts.add(Markdown.plainText(p.left()) + " → "
                    + (right == null ? ReadableText.NOTHING : Markdown.plainText(right)));
        }
        return String.join("; ", parts);
    }

    @Override
    public MatchAnswer rightAnswer(LearningModule module, MatchQuestion question) {
        Map<String, String> rightByLeft = new HashMap<>();
        question.pairs().forEach(p -> rightByLeft.put(p.left(), p.right()));
        return new MatchAnswer(rightByLeft);
    }

    /** The key with the first two right-hand texts swapped. */
    @Override
    public Optional<Function<Random, MatchAnswer>> mistakes(MatchQuestion question) {
        return Optional.of(random -> {
            Map<String, String> rightByLeft =
                    new HashMap<>(rightAnswer(null, question).rightByLeft());
            List<MatchPair> pairs = question.pairs();
            if (pairs.size() > 1) {
                rightByLeft.put(pairs.get(0).left(), pairs.get(1).right());
                rightByLeft.put(pairs.get(1).left(), pairs.get(0).right());
            }
            return new MatchAnswer(rightByLeft);
        });
    }

    /** Nothing to check: grading refuses texts that are not the question's. */
    @Override
    public void requireOffered(LearningModule module, MatchQuestion question, MatchAnswer answer) {}

    /** Never reordered here: the input always shuffles the right-hand choices itself, unseeded. */
    @Override
    public MatchQuestion shuffled(MatchQuestion question, long seed) {
        return question;
    }
}
