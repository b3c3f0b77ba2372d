package app.lectern.exchange;

import app.lectern.content.Evidence;
import app.lectern.content.QuestionBase;
import app.lectern.content.Skill;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Maps one QTI 3.0 item to a Lectern question: choice (single, multiple, or true-false when its two choices are
 * True and False), text entry (short, numeric by base type; several → cloze), inline choice and gap match → cloze,
 * order, match (many items to few targets → categorize), hottext → highlight, extended text → open. Any other
 * interaction, and an item with several block interactions, is reported.
 */
final class QtiItemReader {

    private static final Set<String> BLOCK = Set.of(
            "qti-choice-interaction",
            "qti-order-interaction",
            "qti-match-interaction",
            "qti-extended-text-interaction",
            "qti-hottext-interaction",
            "qti-gap-match-interaction");
    private static final Set<String> INLINE = Set.of("qti-text-entry-interaction", "qti-inline-choice-interaction");
    private static final Set<String> NOT_TEXT = Set.of(
            "qti-feedback-inline",
            "qti-feedback-block",
            "qti-rubric-block",
            "qti-template-block",
            "qti-template-inline",
            "script",
            "style");
    private static final Set<String> MEDIA = Set.of("img", "object", "picture", "audio", "video", "math", "svg");
    private static final Pattern RUBRIC = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*[:=-]\\s*(.+)$");

    /** A response declaration: its cardinality, base type, correct values and mapped values. */
    private record Declaration(
            String cardinality, String baseType, List<String> correct, Map<String, Double> mapping) {}

    private final Drafts out;
    private final String where;
    private final Map<String, Declaration> declarations = new HashMap<>();
    private Element item;
    private Element body;
    private int line;

    QtiItemReader(Drafts out, String where) {
        this.out = out;
        this.where = where;
    }

    void read(Element root) {
        line = SafeXml.line(root);
        String name = Qti.local(root);
        String ns = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
        if (name.equals("assessmentItem") || ns.contains("imsqti_v2") || ns.contains("imsqti_v1")) {
            out.problem(where, line, "a QTI 2 item: only QTI 3.0 items are read; not imported");
            return;
        }
        if (!name.equals("qti-assessment-item")) {
            out.problem(where, line, "'" + name + "' is not a QTI 3.0 item (qti-assessment-item): not imported");
            return;
        }
        item = root;
        body = Qti.child(root, "qti-item-body");
        if (body == null) {
            out.problem(where, line, "the item has no qti-item-body: not imported");
            return;
        }
        for (Element d : Qti.children(root, "qti-response-declaration")) {
            declarations.put(d.getAttribute("identifier"), declaration(d));
        }
        List<Element> interactions = new ArrayList<>();
        Qti.collect(body, e -> Qti.local(e).endsWith("-interaction"), interactions);
        if (interactions.isEmpty()) {
            out.problem(where, line, "the item has no interaction: not imported");
            return;
        }
        List<Element> blocks =
                interactions.stream().filter(e -> BLOCK.contains(Qti.local(e))).toList();
        List<Element> other = interactions.stream()
                .filter(e -> !BLOCK.contains(Qti.local(e)) && !INLINE.contains(Qti.local(e)))
                .toList();
        if (!other.isEmpty()) {
            Element first = other.getFirst();
            out.problem(
                    where,
                    SafeXml.line(first),
                    Qti.local(first) + " has no Lectern question type: item not" + " imported");
            return;
        }
        List<Element> inline =
                interactions.stream().filter(e -> INLINE.contains(Qti.local(e))).toList();
        if (blocks.size() > 1 || (!blocks.isEmpty() && !inline.isEmpty())) {
            out.problem(
                    where,
                    line,
                    interactions.size() + " interactions in one item: Lectern asks one thing per"
                            + " question; item not imported");
            return;
        }
        if (!Qti.descendants(item, "qti-template-declaration").isEmpty()) {
            out.problem(where, line, "a template (randomised) item: not imported");
            return;
        }
        if (blocks.isEmpty()) {
            inline(inline);
        } else {
            Element i = blocks.getFirst();
            switch (Qti.local(i)) {
                case "qti-choice-interaction" -> choice(i);
                case "qti-order-interaction" -> order(i);
                case "qti-match-interaction" -> match(i);
                case "qti-extended-text-interaction" -> open(i);
                case "qti-hottext-interaction" -> hottext(i);
                default -> gapMatch(i);
            }
        }
    }

    private static Declaration declaration(Element d) {
        List<String> correct = new ArrayList<>();
        Element c = Qti.child(d, "qti-correct-response");
        if (c != null) {
            for (Element v : Qti.children(c, "qti-value")) {
                correct.add(v.getTextContent().strip());
            }
        }
        Map<String, Double> mapping = new LinkedHashMap<>();
        Element m = Qti.child(d, "qti-mapping");
        if (m != null) {
            for (Element e : Qti.children(m, "qti-map-entry")) {
                try {
                    mapping.put(e.getAttribute("map-key"), Double.parseDouble(e.getAttribute("mapped-value")));
                } catch (NumberFormatException ignored) {
                    mapping.put(e.getAttribute("map-key"), 0.0);
                }
            }
        }
        return new Declaration(d.getAttribute("cardinality"), d.getAttribute("base-type"), correct, mapping);
    }

    private Declaration declarationOf(Element interaction) {
        Declaration d = declarations.get(interaction.getAttribute("response-identifier"));
        if (d == null) {
            out.problem(
                    where,
                    SafeXml.line(interaction),
                    "the interaction's response '" + interaction.getAttribute("response-identifier")
                            + "' is not declared: item not imported");
        }
        return d;
    }

    /** The prompt: the interaction's qti-prompt, after any other text of the body (a lead-in or passage). */
    private String prompt(Element interaction) {
        Element p = interaction == null ? null : Qti.child(interaction, "qti-prompt");
        String own = p == null ? "" : Qti.text(p, NOT_TEXT);
        Set<String> without = new java.util.HashSet<>(NOT_TEXT);
        without.addAll(BLOCK);
        String around = Qti.text(body, without);
        return (around + " " + own).strip();
    }

    private QuestionBase base(String type, String prompt) {
        String identifier = item.getAttribute("identifier");
        String slug = Qti.slug(identifier);
        String id = slug != null ? out.givenId(slug, prompt, where, line) : out.id(null, prompt);
        Double points = null;
        for (Element o : Qti.children(item, "qti-outcome-declaration")) {
            if (o.getAttribute("identifier").equals("SCORE")
                    && !o.getAttribute("normal-maximum").isEmpty()) {
                try {
                    double d = Double.parseDouble(o.getAttribute("normal-maximum"));
                    points = d > 0 && Double.isFinite(d) ? d : null;
                } catch (NumberFormatException ignored) {
                    // no points: the default applies
                }
            }
        }
        Skill skill = null;
        String s = body.getAttribute("data-lectern-skill");
        for (Skill k : Skill.values()) {
            if (k.key().equals(s)) {
                skill = k;
            }
        }
        String quote = body.getAttribute("data-lectern-evidence");
        List<Element> media = new ArrayList<>();
        Qti.collect(body, e -> MEDIA.contains(Qti.local(e)), media);
        if (!media.isEmpty()) {
            out.note(
                    where,
                    SafeXml.line(media.getFirst()),
                    id,
                    media.size() + " image(s), media or formula(s)" + " dropped: Lectern questions are text");
        }
        return out.base(
                id,
                type,
                prompt,
                points,
                skill,
                explanation(id),
                Drafts.blankToNull(body.getAttribute("data-lectern-hint")),
                quote.isBlank()
                        ? null
                        : new Evidence(Qti.slug(body.getAttribute("data-lectern-evidence-section")), quote));
    }

    private String explanation(String id) {
        List<Element> modal = Qti.children(item, "qti-modal-feedback");
        if (modal.isEmpty()) {
            return null;
        }
        for (Element m : modal) {
            if (m.getAttribute("identifier").equals("EXPLANATION")) {
                return Drafts.blankToNull(Qti.text(m, NOT_TEXT));
            }
        }
        if (modal.size() > 1) {
            out.note(
                    where,
                    SafeXml.line(modal.getFirst()),
                    id,
                    modal.size() + " feedback texts joined into one explanation (Lectern shows one after any answer)");
        }
        return Drafts.blankToNull(
                String.join(" ", modal.stream().map(m -> Qti.text(m, NOT_TEXT)).toList()));
    }

    private void choice(Element i) {
        Declaration d = declarationOf(i);
        if (d == null) {
            return;
        }
        List<Element> choices = Qti.children(i, "qti-simple-choice");
        String prompt = prompt(i);
        if (choices.size() == 2 && d.cardinality().equals("single") && trueFalse(choices)) {
            String right = d.correct().isEmpty() ? "" : d.correct().getFirst();
            Element key = choices.stream()
                    .filter(c -> c.getAttribute("identifier").equals(right))
                    .findFirst()
                    .orElse(null);
            if (key == null) {
                out.problem(where, SafeXml.line(i), "no correct response: item not imported");
                return;
            }
            out.add(new TrueFalseQuestion(
                    base("true-false", prompt),
                    Qti.text(key, NOT_TEXT).toLowerCase(Locale.ROOT).startsWith("t")));
            return;
        }
        Map<String, String> ids = new HashMap<>();
        List<Option> options = new ArrayList<>();
        for (int k = 0; k < choices.size(); k++) {
            Element c = choices.get(k);
            String identifier = c.getAttribute("identifier");
            String slug = Qti.slug(identifier);
            String id = slug != null && !ids.containsValue(slug) ? slug : GiftParser.optionId(k);
            ids.put(identifier, id);
            Element fb = Qti.child(c, "qti-feedback-inline");
            options.add(new Option(
                    id, Qti.text(c, NOT_TEXT), fb == null ? null : Drafts.blankToNull(Qti.text(fb, Set.of()))));
        }
        List<String> keys = d.correct().stream()
                .map(ids::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        if (keys.isEmpty()) {
            out.problem(where, SafeXml.line(i), "no correct response among the choices: item not imported");
            return;
        }
        if (d.cardinality().equals("single")) {
            out.add(new SingleQuestion(base("single", prompt), options, keys.getFirst()));
        } else {
            QuestionBase b = base("multiple", prompt);
            if (d.mapping().values().stream().anyMatch(v -> v != 1.0 && v != -1.0)) {
                out.note(
                        where,
                        line,
                        b.id(),
                        "the mapped scores were not kept: Lectern scores right picks minus" + " wrong picks");
            }
            out.add(new MultipleQuestion(b, options, keys));
        }
    }

    private static boolean trueFalse(List<Element> choices) {
        List<String> texts = choices.stream()
                .map(c -> Qti.text(c, NOT_TEXT).toLowerCase(Locale.ROOT))
                .sorted()
                .toList();
        return texts.equals(List.of("false", "true"));
    }

    private void order(Element i) {
        Declaration d = declarationOf(i);
        if (d == null) {
            return;
        }
        Map<String, Element> byId = new LinkedHashMap<>();
        Qti.children(i, "qti-simple-choice").forEach(c -> byId.put(c.getAttribute("identifier"), c));
        if (d.correct().size() != byId.size() || !byId.keySet().containsAll(d.correct())) {
            out.problem(
                    where,
                    SafeXml.line(i),
                    "the correct order does not list every choice once: item not" + " imported");
            return;
        }
        List<OrderItem> items = new ArrayList<>();
        for (int k = 0; k < d.correct().size(); k++) {
            String identifier = d.correct().get(k);
            String slug = Qti.slug(identifier);
            String id = slug != null ? slug : GiftParser.optionId(k);
            items.add(new OrderItem(id, Qti.text(byId.get(identifier), NOT_TEXT)));
        }
        out.add(new OrderQuestion(base("order", prompt(i)), items));
    }

    private void match(Element i) {
        Declaration d = declarationOf(i);
        if (d == null) {
            return;
        }
        List<Element> sets = Qti.children(i, "qti-simple-match-set");
        if (sets.size() != 2) {
            out.problem(where, SafeXml.line(i), "a match interaction needs two match sets: item not imported");
            return;
        }
        Map<String, String> left = texts(sets.get(0));
        Map<String, String> right = texts(sets.get(1));
        Map<String, String> pairs = new LinkedHashMap<>();
        Map<String, Integer> perTarget = new HashMap<>();
        for (String v : d.correct()) {
            String[] two = v.strip().split("\\s+");
            if (two.length != 2 || !left.containsKey(two[0]) || !right.containsKey(two[1])) {
                out.problem(
                        where,
                        SafeXml.line(i),
                        "the correct pair '" + v + "' names no source and target:" + " item not imported");
                return;
            }
            if (pairs.put(two[0], two[1]) != null) {
                out.problem(
                        where,
                        SafeXml.line(i),
                        "'" + left.get(two[0]) + "' has several right targets: item" + " not imported");
                return;
            }
            perTarget.merge(two[1], 1, Integer::sum);
        }
        String prompt = prompt(i);
        boolean categorize = i.getAttribute("class").contains("lectern-categorize")
                || perTarget.values().stream().anyMatch(n -> n > 1);
        List<String> unmatched =
                left.keySet().stream().filter(k -> !pairs.containsKey(k)).toList();
        if (categorize) {
            if (!unmatched.isEmpty()) {
                out.problem(
                        where,
                        SafeXml.line(i),
                        "'" + left.get(unmatched.getFirst()) + "' belongs to no" + " category: item not imported");
                return;
            }
            List<Category> categories = new ArrayList<>();
            Map<String, String> categoryIds = new HashMap<>();
            int k = 0;
            for (var e : right.entrySet()) {
                String slug = Qti.slug(e.getKey());
                String id = slug != null && !categoryIds.containsValue(slug) ? slug : "c" + (k + 1);
                categoryIds.put(e.getKey(), id);
                categories.add(new Category(id, e.getValue()));
                k++;
            }
            List<CategorizeItem> items = new ArrayList<>();
            pairs.forEach((source, target) -> items.add(new CategorizeItem(left.get(source), categoryIds.get(target))));
            out.add(new CategorizeQuestion(base("categorize", prompt), categories, items));
            return;
        }
        List<MatchPair> list = new ArrayList<>();
        pairs.forEach((source, target) -> list.add(new MatchPair(left.get(source), right.get(target))));
        List<String> distractors = right.entrySet().stream()
                .filter(e -> !perTarget.containsKey(e.getKey()))
                .map(Map.Entry::getValue)
                .toList();
        QuestionBase b = base("match", prompt);
        if (!unmatched.isEmpty()) {
            out.note(where, line, b.id(), unmatched.size() + " left-hand text(s) without a right partner dropped");
        }
        out.add(new MatchQuestion(b, list, distractors));
    }

    private static Map<String, String> texts(Element set) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element c : Qti.children(set, "qti-simple-associable-choice")) {
            out.put(c.getAttribute("identifier"), Qti.text(c, NOT_TEXT));
        }
        return out;
    }

    private void open(Element i) {
        Declaration d = declarations.get(i.getAttribute("response-identifier"));
        String model = d == null || d.correct().isEmpty() ? null : d.correct().getFirst();
        List<RubricLevel> rubric = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (Element block : Qti.descendants(body, "qti-rubric-block")) {
            for (Element p : Qti.descendants(block, "p")) {
                String text = Qti.text(p, Set.of());
                String points = p.getAttribute("data-lectern-points");
                Matcher m = RUBRIC.matcher(text);
                if (!points.isEmpty() && m.matches()) {
                    rubric.add(new RubricLevel(
                            Double.parseDouble(points), m.group(2).strip()));
                } else if (m.matches()) {
                    rubric.add(new RubricLevel(
                            Double.parseDouble(m.group(1)), m.group(2).strip()));
                } else if (!text.isEmpty()) {
                    unread.add(text);
                }
            }
        }
        QuestionBase b = base("open", prompt(i));
        if (model == null) {
            out.note(where, line, b.id(), "no model answer: write one in the editor");
        }
        if (!unread.isEmpty()) {
            out.note(
                    where,
                    line,
                    b.id(),
                    unread.size() + " rubric line(s) not written 'points: description' were" + " dropped");
        }
        if (rubric.isEmpty()) {
            out.note(where, line, b.id(), "no rubric: add one in the editor");
        }
        out.add(new OpenQuestion(b, model, rubric));
    }

    private void hottext(Element i) {
        Declaration d = declarationOf(i);
        if (d == null) {
            return;
        }
        List<String> sentences = new ArrayList<>();
        for (Element h : Qti.descendants(i, "qti-hottext")) {
            if (d.correct().contains(h.getAttribute("identifier"))) {
                sentences.add(Qti.text(h, NOT_TEXT));
            }
        }
        if (sentences.isEmpty()) {
            out.problem(where, SafeXml.line(i), "no correct hottext: item not imported");
            return;
        }
        QuestionBase b = base("highlight", prompt(i));
        out.note(
                where,
                line,
                b.id(),
                "a highlight question: its key sentences must stand in the section it is"
                        + " placed after (the item's own text is not imported)");
        String follows = Qti.slug(i.getAttribute("data-lectern-follows"));
        out.add(new HighlightQuestion(b, null, sentences, follows));
    }

    private void gapMatch(Element i) {
        Declaration d = declarationOf(i);
        if (d == null) {
            return;
        }
        Map<String, String> words = new LinkedHashMap<>();
        for (Element g : Qti.children(i, "qti-gap-text")) {
            words.put(g.getAttribute("identifier"), Qti.text(g, NOT_TEXT));
        }
        Map<String, String> gapAnswer = new HashMap<>();
        for (String v : d.correct()) {
            String[] two = v.strip().split("\\s+");
            if (two.length == 2 && words.containsKey(two[0])) {
                gapAnswer.put(two[1], words.get(two[0]));
            } else if (two.length == 2 && words.containsKey(two[1])) {
                gapAnswer.put(two[0], words.get(two[1]));
            }
        }
        StringBuilder text = new StringBuilder();
        for (Node n = i.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e
                    && !Set.of("qti-prompt", "qti-gap-text", "qti-gap-img").contains(Qti.local(e))) {
                if (!cloze(e, text, gap -> gapAnswer.get(gap.getAttribute("identifier")))) {
                    return;
                }
                text.append("\n\n");
            }
        }
        List<String> used = new ArrayList<>(gapAnswer.values());
        List<String> distractors =
                words.values().stream().filter(w -> !used.remove(w)).toList();
        String prompt = prompt(i);
        addCloze(prompt, text.toString().strip(), true, distractors);
    }

    /** Several text entries or inline choices in the body's text: a cloze. */
    private void inline(List<Element> interactions) {
        if (interactions.size() == 1 && Qti.local(interactions.getFirst()).equals("qti-text-entry-interaction")) {
            Element i = interactions.getFirst();
            Declaration d = declarationOf(i);
            if (d == null) {
                return;
            }
            Node block = i.getParentNode();
            boolean alone = Qti.text(block, Set.of()).isEmpty();
            if (alone) {
                textEntry(i, d, Qti.text(body, NOT_TEXT));
                return;
            }
        }
        List<String> distractors = new ArrayList<>();
        boolean bank = false;
        StringBuilder text = new StringBuilder();
        StringBuilder prompt = new StringBuilder();
        for (Node n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                boolean holds = !Qti.descendants(e, "qti-text-entry-interaction")
                                .isEmpty()
                        || !Qti.descendants(e, "qti-inline-choice-interaction").isEmpty();
                if (holds) {
                    if (!cloze(e, text, null)) {
                        return;
                    }
                    text.append("\n\n");
                } else if (!NOT_TEXT.contains(Qti.local(e))) {
                    prompt.append(' ').append(Qti.text(e, NOT_TEXT));
                }
            } else if (n.getNodeType() == Node.TEXT_NODE) {
                prompt.append(' ').append(n.getNodeValue());
            }
        }
        for (Element c : Qti.descendants(body, "qti-inline-choice-interaction")) {
            bank = true;
            Declaration d = declarations.get(c.getAttribute("response-identifier"));
            for (Element choice : Qti.children(c, "qti-inline-choice")) {
                if (d == null || !d.correct().contains(choice.getAttribute("identifier"))) {
                    distractors.add(Qti.text(choice, NOT_TEXT));
                }
            }
        }
        String p = prompt.toString().replaceAll("\\s+", " ").strip();
        addCloze(
                p.isEmpty() ? GiftParser.CLOZE_PROMPT : p,
                text.toString().strip(),
                bank,
                distractors.stream().distinct().toList());
        if (bank && !Qti.descendants(body, "qti-text-entry-interaction").isEmpty()) {
            out.note(where + ":" + line + ": typed and chosen blanks mixed: every blank is chosen from one word bank");
        }
    }

    private void addCloze(String prompt, String text, boolean bank, List<String> distractors) {
        QuestionBase b = base("cloze", prompt);
        if (bank && !Qti.descendants(body, "qti-inline-choice-interaction").isEmpty()) {
            out.note(where, line, b.id(), "each blank's own choices were merged into one word bank");
        }
        if (distractors.size() > 12) {
            out.note(where, line, b.id(), distractors.size() + " distractors: Lectern allows at most 12");
        }
        out.add(new ClozeQuestion(b, text, bank, distractors));
    }

    /** Appends a block's text with its blanks as {@code [[answer|alternative]]}; false (reported) when one fails. */
    private boolean cloze(Element block, StringBuilder text, java.util.function.Function<Element, String> gaps) {
        for (Node n = block.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue().replaceAll("\\s+", " "));
            } else if (n instanceof Element e) {
                String name = Qti.local(e);
                List<String> answers = new ArrayList<>();
                if (name.equals("qti-text-entry-interaction")) {
                    Declaration d = declarationOf(e);
                    if (d == null) {
                        return false;
                    }
                    answers.addAll(d.correct());
                    d.mapping().forEach((k, v) -> {
                        if (v > 0 && answers.stream().noneMatch(a -> a.equalsIgnoreCase(k))) {
                            answers.add(k);
                        }
                    });
                } else if (name.equals("qti-inline-choice-interaction")) {
                    Declaration d = declarationOf(e);
                    if (d == null) {
                        return false;
                    }
                    for (Element c : Qti.children(e, "qti-inline-choice")) {
                        if (d.correct().contains(c.getAttribute("identifier"))) {
                            answers.add(Qti.text(c, NOT_TEXT));
                        }
                    }
                } else if (name.equals("qti-gap") && gaps != null) {
                    String a = gaps.apply(e);
                    if (a != null) {
                        answers.add(a);
                        String alternatives = e.getAttribute("data-lectern-alternatives");
                        if (!alternatives.isBlank()) {
                            answers.addAll(List.of(alternatives.split("\\|")));
                        }
                    }
                } else {
                    if (!NOT_TEXT.contains(name) && !cloze(e, text, gaps)) {
                        return false;
                    }
                    continue;
                }
                if (answers.isEmpty()) {
                    out.problem(where, SafeXml.line(e), "a blank without a correct response: item not imported");
                    return false;
                }
                for (String a : answers) {
                    if (a.isBlank() || a.contains("[[") || a.contains("]]") || a.contains("|")) {
                        out.problem(
                                where,
                                SafeXml.line(e),
                                "'" + a + "' cannot be a cloze answer (empty, or"
                                        + " holds [[, ]] or |): item not imported");
                        return false;
                    }
                }
                text.append("[[")
                        .append(String.join(
                                "|", answers.stream().map(String::strip).toList()))
                        .append("]]");
            }
        }
        return true;
    }

    private void textEntry(Element i, Declaration d, String prompt) {
        if (d.correct().isEmpty()) {
            out.problem(where, SafeXml.line(i), "no correct response: item not imported");
            return;
        }
        if (d.baseType().equals("float") || d.baseType().equals("integer")) {
            double answer;
            try {
                answer = Double.parseDouble(d.correct().getFirst());
            } catch (NumberFormatException e) {
                out.problem(
                        where,
                        SafeXml.line(i),
                        "'" + d.correct().getFirst() + "' is not a number: item not" + " imported");
                return;
            }
            double tolerance = 0;
            QuestionBase b = base("numeric", prompt);
            for (Element equal : Qti.descendants(item, "qti-equal")) {
                String mode = equal.getAttribute("tolerance-mode");
                String t = equal.getAttribute("tolerance").strip();
                if (mode.equals("absolute") && !t.isEmpty()) {
                    try {
                        tolerance = Math.abs(Double.parseDouble(t.split("\\s+")[0]));
                    } catch (NumberFormatException ignored) {
                        out.note(where, SafeXml.line(equal), b.id(), "the tolerance '" + t + "' is not a number");
                    }
                } else if (mode.equals("relative")) {
                    out.note(
                            where,
                            SafeXml.line(equal),
                            b.id(),
                            "a relative tolerance was dropped: Lectern's is" + " absolute");
                }
            }
            String unit = i.getAttribute("data-lectern-unit");
            out.add(new NumericQuestion(b, answer, tolerance, unit.isEmpty() ? null : unit));
            return;
        }
        List<String> accept = new ArrayList<>(d.correct());
        d.mapping().forEach((k, v) -> {
            if (v > 0 && accept.stream().noneMatch(a -> a.equalsIgnoreCase(k))) {
                accept.add(k);
            }
        });
        int typos = i.getAttribute("data-lectern-typos").equals("1") ? 1 : 0;
        out.add(new ShortQuestion(base("short", prompt), accept, typos));
    }
}
