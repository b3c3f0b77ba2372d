package app.lectern.question;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.Section;
import app.lectern.question.categorize.CategorizeItem;
import app.lectern.question.categorize.CategorizeQuestion;
import app.lectern.question.categorize.Category;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.highlight.HighlightQuestion;
import app.lectern.question.match.MatchPair;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.order.OrderItem;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.truefalse.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A question as it is printed on a worksheet: what a learner reads, and nothing of the key. Choices keep the order
 * the reader shows; what the reader always shuffles (order items, match answers) is printed in a fixed order that is
 * never the key's.
 *
 * @param question the question (for its id, prompt and points; its key fields are not printed from here)
 * @param kind how it is answered on paper
 * @param choices the options (single, multiple), the items to order, to match or to sort, or the word bank
 * @param targets what match items are matched to or the categories items are sorted into; else empty
 * @param gapText a cloze text with numbered blanks "(1) ________", or for a highlight question the title of the
 *     section to underline in; else {@code null}
 */
public record PaperQuestion(Question question, Kind kind, List<String> choices, List<String> targets, String gapText) {

    /** How a question is answered on paper. */
    public enum Kind {
        /** Tick one option. */
        PICK_ONE,
        /** Tick every right option. */
        PICK_SOME,
        /** Circle true or false. */
        TRUE_FALSE,
        /** Write a word or a few. */
        WRITE_SHORT,
        /** Write a number. */
        WRITE_NUMBER,
        /** Number the items in order. */
        ORDER,
        /** Write the letter of the matching answer beside each item. */
        MATCH,
        /** Write the category beside each item. */
        CATEGORIZE,
        /** Fill in the blanks. */
        CLOZE,
        /** Underline sentences in a section. */
        HIGHLIGHT,
        /** Write a paragraph or more. */
        WRITE_LONG
    }

    /** Copies the lists. */
    public PaperQuestion {
        choices = List.copyOf(choices);
        targets = List.copyOf(targets);
    }

    /** The paper form of a question of the module. */
    public static PaperQuestion of(LearningModule module, Question question) {
        return switch (question) {
            case SingleQuestion q -> new PaperQuestion(q, Kind.PICK_ONE, texts(q.options()), List.of(), null);
            case MultipleQuestion q -> new PaperQuestion(q, Kind.PICK_SOME, texts(q.options()), List.of(), null);
            case TrueFalseQuestion q -> new PaperQuestion(q, Kind.TRUE_FALSE, List.of(), List.of(), null);
            case ShortQuestion q -> new PaperQuestion(q, Kind.WRITE_SHORT, List.of(), List.of(), null);
            case NumericQuestion q -> new PaperQuestion(q, Kind.WRITE_NUMBER, List.of(), List.of(), null);
            case OrderQuestion q ->
                new PaperQuestion(
                        q,
                        Kind.ORDER,
                        notInKeyOrder(q.items().stream().map(OrderItem::text).toList()),
                        List.of(),
                        null);
            case MatchQuestion q ->
                new PaperQuestion(
                        q,
                        Kind.MATCH,
                        q.pairs().stream().map(MatchPair::left).toList(),
                        notInKeyOrder(Stream.concat(q.pairs().stream().map(MatchPair::right), q.distractors().stream())
                                .toList()),
                        null);
            case CategorizeQuestion q ->
                new PaperQuestion(
                        q,
                        Kind.CATEGORIZE,
                        q.items().stream().map(CategorizeItem::text).toList(),
                        q.categories().stream().map(Category::label).toList(),
                        null);
            case ClozeQuestion q ->
                new PaperQuestion(q, Kind.CLOZE, q.bank() ? q.wordBank() : List.of(), List.of(), gaps(q));
            case HighlightQuestion q ->
                new PaperQuestion(
                        q,
                        Kind.HIGHLIGHT,
                        List.of(),
                        List.of(),
                        (q.section() != null ? module.section(q.section()) : module.sectionOf(q.id()))
                                .map(Section::title)
                                .orElse(""));
            case OpenQuestion q -> new PaperQuestion(q, Kind.WRITE_LONG, List.of(), List.of(), null);
            default -> throw new IllegalArgumentException("no paper form for " + question.getClass());
        };
    }

    private static List<String> texts(List<Option> options) {
        return options.stream().map(o -> Markdown.plainText(o.text())).toList();
    }

    /**
     * The texts sorted alphabetically, which has nothing to do with the key; should that be the key's order after
     * all, the first moves to the end, so the printed order never gives the answer away.
     */
    static List<String> notInKeyOrder(List<String> key) {
        List<String> sorted = new ArrayList<>(key);
        sorted.sort(String.CASE_INSENSITIVE_ORDER);
        if (sorted.equals(key) && sorted.size() > 1) {
            sorted.add(sorted.removeFirst());
        }
        return List.copyOf(sorted);
    }

    private static String gaps(ClozeQuestion q) {
        List<String> segments = q.clozeText().segments();
        StringBuilder out = new StringBuilder(segments.getFirst());
        for (int i = 1; i < segments.size(); i++) {
            out.append('(').append(i).append(") ________").append(segments.get(i));
        }
        return out.toString();
    }
}
