package app.lectern.answering;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.question.Answer;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.StoredAnswers;
import app.lectern.question.cloze.ClozeAnswer;
import app.lectern.question.open.OpenAnswer;
import app.lectern.question.shortanswer.ShortAnswer;
import java.util.List;

/**
 * Checks an answer on the server before it is graded or stored, the same for self-study and assignments: only what
 * the question offered, every text a learner types no longer than its input allows (a forged request is not bound
 * by the browser's {@code maxlength}), and the whole answer small enough to store.
 */
public final class AnswerCheck {

    /** The longest answer stored, as JSON. */
    public static final int MAX_STORED_CHARS = 20_000;

    /** The longest text of an open answer (the essay box). */
    public static final int MAX_OPEN_TEXT = 4_000;

    /** The longest text of a short answer. */
    public static final int MAX_SHORT_TEXT = 200;

    /** The longest text in one blank of a cloze answer. */
    public static final int MAX_BLANK_TEXT = 200;

    private AnswerCheck() {}

    /**
     * Checks the answer and writes it as stored.
     *
     * @throws InvalidAnswerException with a message that says what is wrong: a pick that was not offered, a text
     *     that is too long, no answer
     */
    public static CheckedAnswer check(LearningModule module, Question question, Answer answer) {
        StoredAnswers.requireOffered(module, question, answer);
        requireTextLengths(answer);
        String json = StoredAnswers.write(answer);
        if (json.length() > MAX_STORED_CHARS) {
            throw new InvalidAnswerException("the answer is too long (at most " + MAX_STORED_CHARS + " characters)");
        }
        return new CheckedAnswer(question, answer, json);
    }

    private static void requireTextLengths(Answer answer) {
        switch (answer) {
            case OpenAnswer open -> requireLength("the answer", open.text(), MAX_OPEN_TEXT);
            case ShortAnswer shortAnswer -> requireLength("the answer", shortAnswer.text(), MAX_SHORT_TEXT);
            case ClozeAnswer cloze
            when cloze.blanks() != null -> {
                List<String> blanks = cloze.blanks();
                for (int i = 0; i < blanks.size(); i++) {
                    requireLength("blank " + (i + 1), blanks.get(i), MAX_BLANK_TEXT);
                }
            }
            case null, default -> {}
        }
    }

    private static void requireLength(String what, String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidAnswerException(
                    what + " is too long: " + text.length() + " characters, at most " + max + " allowed");
        }
    }
}
