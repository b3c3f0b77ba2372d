package app.lectern.question.ui;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import app.lectern.content.Section;
import app.lectern.content.Skill;
import app.lectern.content.Source;
import app.lectern.question.Option;
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
import app.lectern.question.open.RubricLevel;
import app.lectern.question.order.OrderItem;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.truefalse.TrueFalseQuestion;
import java.util.List;

/**
 * One question of every type whose key strings are distinctive (they contain {@code zq}), so that a test can
 * search the component tree for them without false alarms. {@link #SECRETS} lists them per question.
 */
public final class InputFixtures {

    private InputFixtures() {}

    /** The explanation, hint and evidence quote every fixture question has: none may reach the browser. */
    public static final List<String> COMMON_SECRETS =
            List.of("Explanation zq-because", "Hint zq-look", "Quote zq-evidence");

    private static QuestionBase base(String id, String type) {
        return new QuestionBase(
                id,
                type,
                "Prompt of " + id,
                1.0,
                Skill.RECALL,
                "Explanation zq-because",
                new app.lectern.content.Evidence(null, "Quote zq-evidence"),
                "Hint zq-look");
    }

    /** Kyiv is right. */
    public static final SingleQuestion SINGLE = new SingleQuestion(
            base("single-q", "single"),
            List.of(
                    new Option("zq-opt-moscow", "Moscow", "Feedback zq-not-moscow"),
                    new Option("zq-opt-kyiv", "Kyiv", "Feedback zq-yes-kyiv"),
                    new Option("zq-opt-beijing", "Beijing", null)),
            "zq-opt-kyiv");

    /** Secrets of {@link #SINGLE}. */
    public static final List<String> SINGLE_SECRETS =
            List.of("zq-opt-moscow", "zq-opt-kyiv", "zq-opt-beijing", "Feedback zq-not-moscow", "Feedback zq-yes-kyiv");

    /** Kyiv and Washington are right. */
    public static final MultipleQuestion MULTIPLE = new MultipleQuestion(
            base("multiple-q", "multiple"),
            List.of(
                    new Option("zq-m-kyiv", "Kyiv", "Feedback zq-m1"),
                    new Option("zq-m-moscow", "Moscow", "Feedback zq-m2"),
                    new Option("zq-m-washington", "Washington", null)),
            List.of("zq-m-kyiv", "zq-m-washington"));

    /** Secrets of {@link #MULTIPLE}. */
    public static final List<String> MULTIPLE_SECRETS =
            List.of("zq-m-kyiv", "zq-m-moscow", "zq-m-washington", "Feedback zq-m1", "Feedback zq-m2");

    /** True. */
    public static final TrueFalseQuestion TRUE_FALSE = new TrueFalseQuestion(base("tf-q", "true-false"), true);

    /** Accepts two spellings. */
    public static final ShortQuestion SHORT =
            new ShortQuestion(base("short-q", "short"), List.of("zq-baseless", "zq-groundless"), 1);

    /** Secrets of {@link #SHORT}. */
    public static final List<String> SHORT_SECRETS = List.of("zq-baseless", "zq-groundless");

    /** 15347 ± 7.25 mercenaries. */
    public static final NumericQuestion NUMERIC =
            new NumericQuestion(base("numeric-q", "numeric"), 15347.0, 7.25, "mercenaries");

    /** Secrets of {@link #NUMERIC}. */
    public static final List<String> NUMERIC_SECRETS = List.of("15347", "7.25");

    /** Key order: first, second, third, fourth. */
    public static final OrderQuestion ORDER = new OrderQuestion(
            base("order-q", "order"),
            List.of(
                    new OrderItem("zq-first", "Annexation of Crimea"),
                    new OrderItem("zq-second", "Full-scale invasion"),
                    new OrderItem("zq-third", "Mercenaries captured"),
                    new OrderItem("zq-fourth", "Sanctions announced")));

    /** Secrets of {@link #ORDER}: the item ids. */
    public static final List<String> ORDER_SECRETS = List.of("zq-first", "zq-second", "zq-third", "zq-fourth");

    /** Three pairs and a distractor. */
    public static final MatchQuestion MATCH = new MatchQuestion(
            base("match-q", "match"),
            List.of(
                    new MatchPair("Zelensky", "President of Ukraine"),
                    new MatchPair("Lin Jian", "Chinese foreign ministry spokesman"),
                    new MatchPair("Spencer", "Author of the article")),
            List.of("Russian defence minister"));

    /** Two categories; their ids are secret, their labels are not. */
    public static final CategorizeQuestion CATEGORIZE = new CategorizeQuestion(
            base("categorize-q", "categorize"),
            List.of(new Category("zq-cat-fact", "Documented"), new Category("zq-cat-claim", "Alleged")),
            List.of(
                    new CategorizeItem("Two Chinese nationals were captured", "zq-cat-fact"),
                    new CategorizeItem("Beijing sends officers to observe", "zq-cat-claim"),
                    new CategorizeItem("China supplies dual-use goods", "zq-cat-fact")));

    /** Secrets of {@link #CATEGORIZE}. */
    public static final List<String> CATEGORIZE_SECRETS = List.of("zq-cat-fact", "zq-cat-claim");

    /** Two blanks typed in, the first with an alternative. */
    public static final ClozeQuestion CLOZE = new ClozeQuestion(
            base("cloze-q", "cloze"),
            "Beijing called the claims [[zqbaseless|zqunfounded]] and urged [[zqkyiv]] to stop.",
            false,
            List.of());

    /** Secrets of {@link #CLOZE}. */
    public static final List<String> CLOZE_SECRETS = List.of("zqbaseless", "zqunfounded", "zqkyiv", "[[");

    /** Two blanks chosen from a word bank with two distractors. */
    public static final ClozeQuestion CLOZE_BANK = new ClozeQuestion(
            base("cloze-bank-q", "cloze"),
            "Beijing called the claims [[baseless|zqunfounded]] and urged [[Kyiv]] to stop.",
            true,
            List.of("proven", "Moscow"));

    /** Secrets of {@link #CLOZE_BANK}: the alternatives, which the bank does not show. */
    public static final List<String> CLOZE_BANK_SECRETS = List.of("zqunfounded", "[[");

    /** The second sentence of the section is the key. */
    public static final HighlightQuestion HIGHLIGHT = new HighlightQuestion(
            base("highlight-q", "highlight"),
            null,
            List.of("They are concerned that Beijing is sending officers"),
            null);

    /** A written answer with a model answer and a rubric. */
    public static final OpenQuestion OPEN = new OpenQuestion(
            base("open-q", "open"),
            "Model zq-answer",
            List.of(new RubricLevel(2.0, "Rubric zq-two"), new RubricLevel(0.0, "Rubric zq-none")));

    /** Secrets of {@link #OPEN}. */
    public static final List<String> OPEN_SECRETS = List.of("Model zq-answer", "Rubric zq-two", "Rubric zq-none");

    /** The section the highlight question is shown after. */
    public static final Section CONCERNS = new Section(
            "concerns",
            "Concerns",
            "Washington is *worried*. They are concerned that Beijing is sending officers to observe the war.\n\n"
                    + "Nobody has confirmed this.",
            List.of(HIGHLIGHT));

    /** The sentences of {@link #CONCERNS} as a reader picks them. */
    public static final List<String> CONCERNS_SENTENCES = List.of(
            "Washington is worried.",
            "They are concerned that Beijing is sending officers to observe the war.",
            "Nobody has confirmed this.");

    /** A module with every fixture question. */
    public static final LearningModule MODULE = new LearningModule(
            "fixture-module",
            1,
            "Fixture",
            "A module for tests.",
            "en",
            "Grades 9–12",
            10,
            List.of(),
            new Source(null, "Katherine Spencer", null, "Atlantic Council", "2025", null),
            List.of("Test inputs."),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                    new Section(
                            "everything",
                            "Everything",
                            "Text.",
                            List.of(
                                    SINGLE,
                                    MULTIPLE,
                                    TRUE_FALSE,
                                    SHORT,
                                    NUMERIC,
                                    ORDER,
                                    MATCH,
                                    CATEGORIZE,
                                    CLOZE,
                                    OPEN)),
                    CONCERNS),
            List.of());

    /** One question of each type, in the order of {@code QuestionTypes.ALL}. */
    public static final List<Question> ONE_OF_EACH =
            List.of(SINGLE, MULTIPLE, TRUE_FALSE, SHORT, NUMERIC, ORDER, MATCH, CATEGORIZE, CLOZE, HIGHLIGHT, OPEN);
}
