package app.lectern.question.cloze;

import java.util.ArrayList;
import java.util.List;

/**
 * A cloze text split into its parts: the text around the blanks, and the blanks with their accepted answers.
 * {@code segments} has one more element than {@code blanks}: segment {@code i} stands before blank {@code i}, and the
 * last segment after the last blank (segments may be empty strings).
 *
 * <p>Only the segments may reach the browser before the learner submits; the blanks' answers are the key.
 *
 * @param segments the text between the blanks, in order
 * @param blanks the blanks, in order
 */
public record ClozeText(List<String> segments, List<Blank> blanks) {

    private static final String OPEN = "[[";
    private static final String CLOSE = "]]";

    /** Checks that segments and blanks alternate. */
    public ClozeText {
        segments = List.copyOf(segments);
        blanks = List.copyOf(blanks);
        if (segments.size() != blanks.size() + 1) {
            throw new IllegalArgumentException("a cloze text needs one more segment than blanks");
        }
    }

    /**
     * One blank.
     *
     * @param index its position among the blanks, from 0
     * @param answers the accepted answers, the first being the one shown as the key (and in a word bank)
     */
    public record Blank(int index, List<String> answers) {

        /** Requires at least one answer. */
        public Blank {
            answers = List.copyOf(answers);
            if (answers.isEmpty()) {
                throw new IllegalArgumentException("a blank needs at least one answer");
            }
        }

        /** The main answer: the first one written. */
        public String answer() {
            return answers.getFirst();
        }
    }

    /**
     * Parses a text with blanks written {@code [[answer]]} or {@code [[answer|alternative|…]]}. Answers are trimmed.
     * A {@code ]]} outside a blank is plain text.
     *
     * @throws IllegalArgumentException with a message for authors when a {@code [[} is not closed, a blank contains
     *     {@code [[}, or a blank or one of its alternatives is empty
     */
    public static ClozeText parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("no cloze text");
        }
        List<String> segments = new ArrayList<>();
        List<Blank> blanks = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf(OPEN, from);
            if (open < 0) {
                segments.add(text.substring(from));
                return new ClozeText(segments, blanks);
            }
            int close = text.indexOf(CLOSE, open + OPEN.length());
            int number = blanks.size() + 1;
            if (close < 0) {
                throw new IllegalArgumentException(
                        "blank " + number + " ('[[' at character " + (open + 1) + ") is not closed with ']]'");
            }
            String inside = text.substring(open + OPEN.length(), close);
            if (inside.contains(OPEN)) {
                throw new IllegalArgumentException("blank " + number + " contains '[[': a ']]' is missing before it");
            }
            List<String> answers = new ArrayList<>();
            for (String a : inside.split("\\|", -1)) {
                if (a.isBlank()) {
                    throw new IllegalArgumentException("blank " + number + " has an empty answer: [[" + inside + "]]");
                }
                answers.add(a.strip());
            }
            segments.add(text.substring(from, open));
            blanks.add(new Blank(blanks.size(), answers));
            from = close + CLOSE.length();
        }
    }

    /** The text with every blank filled with its main answer: the key as a learner reads it. */
    public String withAnswers() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < blanks.size(); i++) {
            out.append(segments.get(i)).append(blanks.get(i).answer());
        }
        return out.append(segments.getLast()).toString();
    }
}
