package app.lectern.question.cloze;

import app.lectern.question.Grade;
import app.lectern.question.InvalidAnswerException;
import app.lectern.question.PartVerdict;
import app.lectern.question.shortanswer.TextMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Grades {@link ClozeQuestion} responses: each blank is compared like a {@code short} answer (same normalisation, no
 * typo forgiven) with any of its alternatives; the grade is the share of right blanks.
 */
public final class ClozeGrading {

    private ClozeGrading() {}

    /**
     * Grades a response. The answer must have exactly one entry per blank; an empty entry is a blank left empty and
     * counts as wrong, so all-empty entries are a valid answer that scores 0. A {@code null} list or entry, or the
     * wrong number of entries, is an {@link InvalidAnswerException}.
     */
    public static Grade grade(ClozeQuestion question, ClozeAnswer answer) {
        List<ClozeText.Blank> blanks = question.blanks();
        if (blanks.isEmpty()) {
            throw new IllegalStateException("cloze question '" + question.id() + "' has no blanks");
        }
        List<String> given = answer.blanks();
        if (given == null) {
            throw new InvalidAnswerException("no blanks given");
        }
        if (given.size() != blanks.size()) {
            throw new InvalidAnswerException(
                    "the text has " + blanks.size() + " blanks but the answer fills " + given.size());
        }
        int right = 0;
        for (int i = 0; i < blanks.size(); i++) {
            if (given.get(i) == null) {
                throw new InvalidAnswerException(
                        "blank " + (i + 1) + " is null; send an empty text for an empty blank");
            }
            if (TextMatch.matches(given.get(i), blanks.get(i).answers(), 0)) {
                right++;
            }
        }
        return Grade.of((double) right / blanks.size());
    }

    /** The text with every blank filled with its main answer. */
    public static String keyText(ClozeQuestion question) {
        return question.clozeText().withAnswers();
    }

    /** Each blank by its index from 0: right when it holds one of the blank's answers (an empty blank is wrong). */
    public static List<PartVerdict> parts(ClozeQuestion question, ClozeAnswer answer) {
        List<ClozeText.Blank> blanks = question.blanks();
        List<String> given = answer.blanks() == null ? List.of() : answer.blanks();
        List<PartVerdict> parts = new ArrayList<>();
        for (int i = 0; i < blanks.size(); i++) {
            String text = i < given.size() ? given.get(i) : null;
            parts.add(PartVerdict.of(
                    String.valueOf(i),
                    text != null && TextMatch.matches(text, blanks.get(i).answers(), 0)));
        }
        return parts;
    }

    /** Always {@code null}: cloze questions have no per-option feedback. */
    public static String optionFeedback(ClozeQuestion question, ClozeAnswer answer) {
        return null;
    }
}
