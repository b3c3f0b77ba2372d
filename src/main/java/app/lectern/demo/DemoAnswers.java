package app.lectern.demo;

import app.lectern.content.Question;
import app.lectern.question.Answer;
import app.lectern.question.Option;
import app.lectern.question.categorize.CategorizeAnswer;
import app.lectern.question.categorize.CategorizeItem;
import app.lectern.question.categorize.CategorizeQuestion;
import app.lectern.question.categorize.Category;
import app.lectern.question.match.MatchAnswer;
import app.lectern.question.match.MatchPair;
import app.lectern.question.match.MatchQuestion;
import app.lectern.question.multiple.MultipleAnswer;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.numeric.NumericAnswer;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.order.OrderAnswer;
import app.lectern.question.order.OrderItem;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.shortanswer.ShortAnswer;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.single.SingleAnswer;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.truefalse.TrueFalseAnswer;
import app.lectern.question.truefalse.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Answers a demo student might give: the key, or a plausible mistake. Cloze, highlight and open questions get none
 * here (students skip them; one demo student writes the open answer).
 */
final class DemoAnswers {

    private DemoAnswers() {}

    /** A right or a wrong answer to the question, if demo students answer this type. */
    static Optional<Answer> answer(Question question, boolean right, Random random) {
        return Optional.ofNullable(
                switch (question) {
                    case SingleQuestion q ->
                        new SingleAnswer(right ? q.answer() : other(q.options(), q.answer(), random));
                    case TrueFalseQuestion q -> new TrueFalseAnswer(right == q.answer());
                    case NumericQuestion q ->
                        new NumericAnswer(right ? q.answer() : wrongNumber(q.answer(), q.tolerance(), random));
                    case ShortQuestion q -> new ShortAnswer(right ? q.accept().getFirst() : "not sure");
                    case MultipleQuestion q -> new MultipleAnswer(right ? Set.copyOf(q.answers()) : partly(q, random));
                    case OrderQuestion q -> new OrderAnswer(order(q.items(), right, random));
                    case MatchQuestion q -> new MatchAnswer(match(q.pairs(), right));
                    case CategorizeQuestion q -> new CategorizeAnswer(categorize(q, right));
                    default -> null;
                });
    }

    private static String other(List<Option> options, String key, Random random) {
        List<String> wrong =
                options.stream().map(Option::id).filter(id -> !id.equals(key)).toList();
        return wrong.get(random.nextInt(wrong.size()));
    }

    private static double wrongNumber(double key, double tolerance, Random random) {
        double off = (tolerance + 1) * (1 + random.nextInt(3));
        return key - off >= 0 && random.nextBoolean() ? key - off : key + off;
    }

    /** Half right: one key option missing, or one wrong option added. */
    private static Set<String> partly(MultipleQuestion q, Random random) {
        Set<String> picked = new LinkedHashSet<>(q.answers());
        if (picked.size() > 1 && random.nextBoolean()) {
            picked.remove(q.answers().get(random.nextInt(q.answers().size())));
        } else {
            q.options().stream()
                    .map(Option::id)
                    .filter(id -> !q.answers().contains(id))
                    .findFirst()
                    .ifPresent(picked::add);
        }
        return picked;
    }

    private static List<String> order(List<OrderItem> items, boolean right, Random random) {
        List<String> ids = new ArrayList<>(items.stream().map(OrderItem::id).toList());
        if (!right) {
            int i = random.nextInt(ids.size() - 1);
            ids.set(i, ids.set(i + 1, ids.get(i)));
        }
        return ids;
    }

    private static Map<String, String> match(List<MatchPair> pairs, boolean right) {
        Map<String, String> rightByLeft = new HashMap<>();
        pairs.forEach(p -> rightByLeft.put(p.left(), p.right()));
        if (!right && pairs.size() > 1) {
            rightByLeft.put(pairs.get(0).left(), pairs.get(1).right());
            rightByLeft.put(pairs.get(1).left(), pairs.get(0).right());
        }
        return rightByLeft;
    }

    private static Map<Integer, String> categorize(CategorizeQuestion q, boolean right) {
        Map<Integer, String> byItem = new HashMap<>();
        List<CategorizeItem> items = q.items();
        for (int i = 0; i < items.size(); i++) {
            byItem.put(i, items.get(i).category());
        }
        if (!right) {
            String first = items.getFirst().category();
            q.categories().stream()
                    .map(Category::id)
                    .filter(id -> !id.equals(first))
                    .findFirst()
                    .ifPresent(id -> byItem.put(0, id));
        }
        return byItem;
    }
}
