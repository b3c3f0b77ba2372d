package app.lectern.lint;

import app.lectern.content.Question;
import app.lectern.question.Option;
import app.lectern.question.ReadableText;
import app.lectern.question.categorize.CategorizeQuestion;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.cloze.ClozeText;
import app.lectern.question.match.MatchPair;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.single.SingleQuestion;
import java.util.ArrayList;
import java.util.List;

/** What of a question a learner reads before answering, and what its key and distractors are, type by type. */
final class ItemTexts {

    /**
     * A piece of text a learner reads.
     *
     * @param path where it stands, relative to the question
     * @param text the text
     */
    record Piece(String path, String text) {}

    /**
     * A key the linter looks for elsewhere.
     *
     * @param text the key as a learner would recognise it (an option's text, an accepted answer, a blank's answer)
     * @param path where it stands, relative to the question
     * @param distractors the wrong choices offered beside it (none for typed answers)
     * @param number the numeric key, or {@code null}
     */
    record Key(String text, String path, List<String> distractors, Double number) {}

    private ItemTexts() {}

    /** Everything a learner reads of the question before answering it: prompt, hint, choices, items, cloze text. */
    static List<Piece> shown(Question q) {
        List<Piece> out = new ArrayList<>();
        out.add(new Piece("prompt", q.base().prompt()));
        if (q.base().hint() != null) {
            out.add(new Piece("hint", q.base().hint()));
        }
        switch (q) {
            case SingleQuestion s -> options(out, s.options());
            case MultipleQuestion m -> options(out, m.options());
            case OrderQuestion o -> {
                for (int i = 0; i < o.items().size(); i++) {
                    out.add(new Piece("items[" + i + "].text", o.items().get(i).text()));
                }
            }
            case MatchQuestion m -> {
                for (int i = 0; i < m.pairs().size(); i++) {
                    MatchPair p = m.pairs().get(i);
                    // a pair is read as one: its left-hand text says what its right-hand text is about
                    out.add(new Piece("pairs[" + i + "].right", p.left() + " — " + p.right()));
                }
                for (int i = 0; i < m.distractors().size(); i++) {
                    out.add(new Piece("distractors[" + i + "]", m.distractors().get(i)));
                }
            }
            case CategorizeQuestion c -> {
                for (int i = 0; i < c.categories().size(); i++) {
                    out.add(new Piece(
                            "categories[" + i + "].label", c.categories().get(i).label()));
                }
                for (int i = 0; i < c.items().size(); i++) {
                    out.add(new Piece("items[" + i + "].text", c.items().get(i).text()));
                }
            }
            case ClozeQuestion c -> {
                try {
                    out.add(new Piece("text", String.join(" … ", c.clozeText().segments())));
                } catch (IllegalArgumentException e) {
                    // a malformed cloze text is a content problem, reported before linting
                }
                for (int i = 0; i < c.distractors().size(); i++) {
                    out.add(new Piece("distractors[" + i + "]", c.distractors().get(i)));
                }
            }
            default -> {}
        }
        return out;
    }

    private static void options(List<Piece> out, List<Option> options) {
        for (int i = 0; i < options.size(); i++) {
            out.add(new Piece("options[" + i + "].text", options.get(i).text()));
        }
    }

    /** The keys to look for elsewhere; none for types whose key is not a piece of text (order, match, open …). */
    static List<Key> keys(Question q) {
        List<Key> out = new ArrayList<>();
        switch (q) {
            case SingleQuestion s -> {
                int k = Option.indexOf(s.options(), s.answer());
                if (k >= 0) {
                    out.add(new Key(
                            s.options().get(k).text(),
                            "options[" + k + "].text",
                            s.options().stream()
                                    .filter(o -> !o.id().equals(s.answer()))
                                    .map(Option::text)
                                    .toList(),
                            null));
                }
            }
            case MultipleQuestion m -> {
                List<String> wrong = m.options().stream()
                        .filter(o -> !m.answers().contains(o.id()))
                        .map(Option::text)
                        .toList();
                for (String a : m.answers()) {
                    int k = Option.indexOf(m.options(), a);
                    if (k >= 0) {
                        out.add(new Key(m.options().get(k).text(), "options[" + k + "].text", wrong, null));
                    }
                }
            }
            case ShortQuestion s -> out.add(new Key(s.accept().getFirst(), "accept[0]", List.of(), null));
            case NumericQuestion n ->
                out.add(new Key(ReadableText.number(n.answer()), "answer", List.of(), n.answer()));
            case ClozeQuestion c -> {
                try {
                    for (ClozeText.Blank b : c.blanks()) {
                        out.add(new Key(b.answer(), "text", c.distractors(), null));
                    }
                } catch (IllegalArgumentException e) {
                    // reported as a content problem
                }
            }
            default -> {}
        }
        return out;
    }
}
