package app.lectern.exchange;

import app.lectern.content.LearningModule;
import app.lectern.content.Markdown;
import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import app.lectern.content.Section;
import app.lectern.question.Option;
import app.lectern.question.categorize.CategorizeItem;
import app.lectern.question.categorize.CategorizeQuestion;
import app.lectern.question.categorize.Category;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.cloze.ClozeText;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes a module's questions as a QTI 3.0 package: {@code imsmanifest.xml} and one item per question under
 * {@code items/}. Every Lectern type has a QTI interaction (highlight: {@code qti-hottext-interaction} over the
 * sentences of its section). Lectern's own fields (skill, hint, evidence quote, unit, typos, the alternatives of a
 * word-bank blank, a highlight's section and {@code follows}) travel as {@code data-lectern-*} attributes, which other
 * tools ignore; what the items do not carry ({@code use}, pools) is listed in the result's notes.
 */
public final class QtiExport {

    /**
     * A written package.
     *
     * @param zip the package bytes
     * @param items how many questions became items
     * @param notExported the questions that are not in the package, each with the reason ({@code id: reason})
     * @param notes what the items do not carry, e.g. {@code use: assessment} or a highlight's {@code follows}
     */
    public record Result(byte[] zip, int items, List<String> notExported, List<String> notes) {

        /** Copies the lists. */
        public Result {
            notExported = List.copyOf(notExported);
            notes = List.copyOf(notes);
        }
    }

    private static final String RP_MATCH = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml";
    private static final String RP_MAP = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml";

    private final List<String> notExported = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private Document doc;
    private Element root;
    private Element body;

    private QtiExport() {}

    /** Writes every question of the module (pool variants included) as a QTI 3.0 package. */
    public static Result write(LearningModule module) {
        return new QtiExport().package_(module);
    }

    private Result package_(LearningModule module) {
        Document manifest = Qti.newDocument();
        Element m = manifest.createElementNS(Qti.MANIFEST_NS, "manifest");
        manifest.appendChild(m);
        m.setAttribute("identifier", "MANIFEST-" + module.id());
        Element meta = add(manifest, m, Qti.MANIFEST_NS, "metadata");
        add(manifest, meta, Qti.MANIFEST_NS, "schema").setTextContent("QTI Package");
        add(manifest, meta, Qti.MANIFEST_NS, "schemaversion").setTextContent("3.0.0");
        add(manifest, m, Qti.MANIFEST_NS, "organizations");
        Element resources = add(manifest, m, Qti.MANIFEST_NS, "resources");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int count = 0;
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Section section : module.sections()) {
                for (Question q : section.allQuestions().toList()) {
                    byte[] item = item(module, section, q);
                    if (item == null) {
                        continue;
                    }
                    String href = "items/" + q.id() + ".xml";
                    Element r = add(manifest, resources, Qti.MANIFEST_NS, "resource");
                    r.setAttribute("identifier", Qti.identifier(q.id()));
                    r.setAttribute("type", Qti.ITEM_TYPE);
                    r.setAttribute("href", href);
                    add(manifest, r, Qti.MANIFEST_NS, "file").setAttribute("href", href);
                    zip.putNextEntry(new ZipEntry(href));
                    zip.write(item);
                    zip.closeEntry();
                    count++;
                }
            }
            zip.putNextEntry(new ZipEntry(Qti.MANIFEST));
            zip.write(Qti.serialize(manifest));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Result(bytes.toByteArray(), count, notExported, notes);
    }

    private static Element add(Document d, Element parent, String ns, String name) {
        Element e = d.createElementNS(ns, name);
        parent.appendChild(e);
        return e;
    }

    private Element el(Element parent, String name) {
        return add(doc, parent, Qti.NS, name);
    }

    private Element el(Element parent, String name, String text) {
        Element e = el(parent, name);
        e.setTextContent(text);
        return e;
    }

    private byte[] item(LearningModule module, Section section, Question q) {
        doc = Qti.newDocument();
        QuestionBase b = q.base();
        root = doc.createElementNS(Qti.NS, "qti-assessment-item");
        doc.appendChild(root);
        root.setAttribute("identifier", Qti.identifier(q.id()));
        root.setAttribute("title", title(b.prompt()));
        root.setAttribute("adaptive", "false");
        root.setAttribute("time-dependent", "false");
        if (module.language() != null) {
            root.setAttributeNS("http://www.w3.org/XML/1998/namespace", "xml:lang", module.language());
        }
        body = doc.createElementNS(Qti.NS, "qti-item-body");
        if (b.skill() != null) {
            body.setAttribute("data-lectern-skill", b.skill().key());
        }
        if (b.hint() != null) {
            body.setAttribute("data-lectern-hint", b.hint());
        }
        if (b.evidence() != null) {
            body.setAttribute("data-lectern-evidence", b.evidence().quote());
            if (b.evidence().section() != null) {
                body.setAttribute("data-lectern-evidence-section", b.evidence().section());
            }
        }
        if (b.assessmentOnly() || module.poolOf(q.id()).isPresent()) {
            notes.add(q.id() + ": " + (b.assessmentOnly() ? "use: assessment" : "its pool") + " is not in the item");
        }
        boolean ok = switch (q) {
            case SingleQuestion s -> choice(b, s.options(), List.of(s.answer()), false);
            case MultipleQuestion mq -> choice(b, mq.options(), mq.answers(), true);
            case TrueFalseQuestion tf -> trueFalse(b, tf);
            case ShortQuestion s -> shortAnswer(b, s);
            case NumericQuestion n -> numeric(b, n);
            case OrderQuestion o -> order(b, o);
            case MatchQuestion mq -> match(b, mq);
            case CategorizeQuestion c -> categorize(b, c);
            case ClozeQuestion c -> cloze(b, c);
            case HighlightQuestion h -> highlight(module, section, b, h);
            case OpenQuestion o -> open(b, o);
            default -> {
                notExported.add(q.id() + ": the type " + b.type() + " has no QTI interaction");
                yield false;
            }
        };
        if (!ok) {
            return null;
        }
        return Qti.serialize(doc);
    }

    private static String title(String prompt) {
        String t = Markdown.plainText(prompt);
        return t.length() > 80 ? t.substring(0, 79) + "…" : t;
    }

    /** Declarations come before the body, response processing and modal feedback after it. */
    private Element response(String id, String cardinality, String baseType, List<String> correct) {
        Element d = doc.createElementNS(Qti.NS, "qti-response-declaration");
        d.setAttribute("identifier", id);
        d.setAttribute("cardinality", cardinality);
        d.setAttribute("base-type", baseType);
        if (!correct.isEmpty()) {
            Element c = el(d, "qti-correct-response");
            correct.forEach(v -> el(c, "qti-value", v));
        }
        root.appendChild(d);
        return d;
    }

    private void finish(QuestionBase b, String template, boolean feedback, String cardinality) {
        Element score = el(root, "qti-outcome-declaration");
        score.setAttribute("identifier", "SCORE");
        score.setAttribute("cardinality", "single");
        score.setAttribute("base-type", "float");
        score.setAttribute("normal-maximum", number(b.points()));
        if (feedback || b.explanation() != null) {
            Element fb = el(root, "qti-outcome-declaration");
            fb.setAttribute("identifier", "FEEDBACK");
            fb.setAttribute("cardinality", feedback ? cardinality : "single");
            fb.setAttribute("base-type", "identifier");
        }
        root.appendChild(body);
        if (template != null) {
            el(root, "qti-response-processing").setAttribute("template", template);
        }
        if (b.explanation() != null) {
            Element m = el(root, "qti-modal-feedback");
            m.setAttribute("outcome-identifier", "FEEDBACK");
            m.setAttribute("identifier", "EXPLANATION");
            m.setAttribute("show-hide", "hide");
            el(m, "qti-content-body").appendChild(p(b.explanation()));
        }
    }

    private Element p(String text) {
        Element p = doc.createElementNS(Qti.NS, "p");
        p.setTextContent(text);
        return p;
    }

    private static String number(Double d) {
        if (d == null) {
            return "1";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d);
    }

    private boolean choice(QuestionBase b, List<Option> options, List<String> answers, boolean multiple) {
        String cardinality = multiple ? "multiple" : "single";
        Element decl = response(
                "RESPONSE",
                cardinality,
                "identifier",
                answers.stream().map(Qti::identifier).toList());
        if (multiple) {
            Element mapping = el(decl, "qti-mapping");
            mapping.setAttribute("default-value", "0");
            mapping.setAttribute("lower-bound", "0");
            for (Option o : options) {
                Element e = el(mapping, "qti-map-entry");
                e.setAttribute("map-key", Qti.identifier(o.id()));
                e.setAttribute("mapped-value", answers.contains(o.id()) ? "1" : "-1");
            }
        }
        Element i = el(body, "qti-choice-interaction");
        i.setAttribute("response-identifier", "RESPONSE");
        i.setAttribute("max-choices", multiple ? "0" : "1");
        i.setAttribute("shuffle", "false");
        el(i, "qti-prompt", b.prompt());
        boolean feedback = false;
        for (Option o : options) {
            Element c = el(i, "qti-simple-choice", o.text());
            c.setAttribute("identifier", Qti.identifier(o.id()));
            if (o.feedback() != null) {
                Element f = el(c, "qti-feedback-inline", o.feedback());
                f.setAttribute("outcome-identifier", "FEEDBACK");
                f.setAttribute("identifier", Qti.identifier(o.id()));
                f.setAttribute("show-hide", "show");
                feedback = true;
            }
        }
        finish(b, multiple ? RP_MAP : RP_MATCH, feedback, cardinality);
        return true;
    }

    private boolean trueFalse(QuestionBase b, TrueFalseQuestion tf) {
        response(
                "RESPONSE",
                "single",
                "identifier",
                List.of(Objects.equals(tf.answer(), Boolean.TRUE) ? "true" : "false"));
        Element i = el(body, "qti-choice-interaction");
        i.setAttribute("response-identifier", "RESPONSE");
        i.setAttribute("max-choices", "1");
        i.setAttribute("class", "lectern-true-false");
        el(i, "qti-prompt", b.prompt());
        el(i, "qti-simple-choice", "True").setAttribute("identifier", "true");
        el(i, "qti-simple-choice", "False").setAttribute("identifier", "false");
        finish(b, RP_MATCH, false, "single");
        return true;
    }

    private boolean shortAnswer(QuestionBase b, ShortQuestion s) {
        textEntryDeclaration("RESPONSE", s.accept());
        body.appendChild(p(b.prompt()));
        Element p = el(body, "p");
        Element i = el(p, "qti-text-entry-interaction");
        i.setAttribute("response-identifier", "RESPONSE");
        if (s.typos() != null && s.typos() > 0) {
            i.setAttribute("data-lectern-typos", String.valueOf(s.typos()));
        }
        finish(b, RP_MAP, false, "single");
        return true;
    }

    private void textEntryDeclaration(String id, List<String> accept) {
        Element d = response(id, "single", "string", List.of(accept.getFirst()));
        Element mapping = el(d, "qti-mapping");
        mapping.setAttribute("default-value", "0");
        for (String a : accept) {
            Element e = el(mapping, "qti-map-entry");
            e.setAttribute("map-key", a);
            e.setAttribute("mapped-value", "1");
            e.setAttribute("case-sensitive", "false");
        }
    }

    private boolean numeric(QuestionBase b, NumericQuestion n) {
        response("RESPONSE", "single", "float", List.of(number(n.answer())));
        body.appendChild(p(b.prompt()));
        Element p = el(body, "p");
        Element i = el(p, "qti-text-entry-interaction");
        i.setAttribute("response-identifier", "RESPONSE");
        if (n.unit() != null) {
            i.setAttribute("data-lectern-unit", n.unit());
        }
        finish(b, null, false, "single");
        // answer ± tolerance, as qti-equal with an absolute tolerance
        Element rp = el(root, "qti-response-processing");
        Element cond = el(el(rp, "qti-response-condition"), "qti-response-if");
        Element equal = el(cond, "qti-equal");
        equal.setAttribute("tolerance-mode", "absolute");
        String t = number(n.tolerance());
        equal.setAttribute("tolerance", t + " " + t);
        el(equal, "qti-variable").setAttribute("identifier", "RESPONSE");
        el(equal, "qti-correct").setAttribute("identifier", "RESPONSE");
        Element set = el(cond, "qti-set-outcome-value");
        set.setAttribute("identifier", "SCORE");
        el(set, "qti-base-value", number(b.points())).setAttribute("base-type", "float");
        // response processing stands before modal feedback
        Element modal = Qti.child(root, "qti-modal-feedback");
        if (modal != null) {
            root.insertBefore(rp, modal);
        }
        return true;
    }

    private boolean order(QuestionBase b, OrderQuestion o) {
        response(
                "RESPONSE",
                "ordered",
                "identifier",
                o.items().stream().map(it -> Qti.identifier(it.id())).toList());
        Element i = el(body, "qti-order-interaction");
        i.setAttribute("response-identifier", "RESPONSE");
        i.setAttribute("shuffle", "true");
        el(i, "qti-prompt", b.prompt());
        for (OrderItem it : o.items()) {
            el(i, "qti-simple-choice", it.text()).setAttribute("identifier", Qti.identifier(it.id()));
        }
        finish(b, RP_MATCH, false, "ordered");
        return true;
    }

    private boolean match(QuestionBase b, MatchQuestion mq) {
        List<String> correct = new ArrayList<>();
        for (int k = 0; k < mq.pairs().size(); k++) {
            correct.add("L" + (k + 1) + " R" + (k + 1));
        }
        response("RESPONSE", "multiple", "directedPair", correct);
        Element i = el(body, "qti-match-interaction");
        i.setAttribute("response-identifier", "RESPONSE");
        i.setAttribute("shuffle", "true");
        i.setAttribute("max-associations", String.valueOf(mq.pairs().size()));
        el(i, "qti-prompt", b.prompt());
        Element left = el(i, "qti-simple-match-set");
        Element right = el(i, "qti-simple-match-set");
        for (int k = 0; k < mq.pairs().size(); k++) {
            MatchPair pair = mq.pairs().get(k);
            associable(left, "L" + (k + 1), pair.left(), 1);
            associable(right, "R" + (k + 1), pair.right(), 1);
        }
        for (int k = 0; k < mq.distractors().size(); k++) {
            associable(
                    right, "R" + (mq.pairs().size() + k + 1), mq.distractors().get(k), 1);
        }
        finish(b, RP_MATCH, false, "multiple");
        return true;
    }

    private void associable(Element set, String id, String text, int matchMax) {
        Element c = el(set, "qti-simple-associable-choice", text);
        c.setAttribute("identifier", id);
        c.setAttribute("match-max", String.valueOf(matchMax));
    }

    private boolean categorize(QuestionBase b, CategorizeQuestion c) {
        List<String> correct = new ArrayList<>();
        for (int k = 0; k < c.items().size(); k++) {
            correct.add("I" + (k + 1) + " " + Qti.identifier(c.items().get(k).category()));
        }
        response("RESPONSE", "multiple", "directedPair", correct);
        Element i = el(body, "qti-match-interaction");
        i.setAttribute("response-identifier", "RESPONSE");
        i.setAttribute("shuffle", "true");
        i.setAttribute("max-associations", String.valueOf(c.items().size()));
        i.setAttribute("class", "lectern-categorize");
        el(i, "qti-prompt", b.prompt());
        Element items = el(i, "qti-simple-match-set");
        Element categories = el(i, "qti-simple-match-set");
        for (int k = 0; k < c.items().size(); k++) {
            CategorizeItem item = c.items().get(k);
            associable(items, "I" + (k + 1), item.text(), 1);
        }
        for (Category cat : c.categories()) {
            associable(
                    categories, Qti.identifier(cat.id()), cat.label(), c.items().size());
        }
        finish(b, RP_MATCH, false, "multiple");
        return true;
    }

    private boolean cloze(QuestionBase b, ClozeQuestion c) {
        ClozeText text;
        try {
            text = c.clozeText();
        } catch (IllegalArgumentException e) {
            notExported.add(b.id() + ": the cloze text is malformed (" + e.getMessage() + ")");
            return false;
        }
        if (Boolean.TRUE.equals(c.bank())) {
            List<String> correct = new ArrayList<>();
            for (int k = 0; k < text.blanks().size(); k++) {
                correct.add("W" + (k + 1) + " G" + (k + 1));
            }
            response("RESPONSE", "multiple", "directedPair", correct);
            Element i = el(body, "qti-gap-match-interaction");
            i.setAttribute("response-identifier", "RESPONSE");
            i.setAttribute("shuffle", "true");
            el(i, "qti-prompt", b.prompt());
            int w = 1;
            for (ClozeText.Blank blank : text.blanks()) {
                gapText(i, "W" + w++, blank.answer());
            }
            for (String d : c.distractors()) {
                gapText(i, "W" + w++, d);
            }
            Element p = el(i, "p");
            for (int k = 0; k < text.blanks().size(); k++) {
                p.appendChild(doc.createTextNode(text.segments().get(k)));
                Element gap = el(p, "qti-gap");
                gap.setAttribute("identifier", "G" + (k + 1));
                List<String> answers = text.blanks().get(k).answers();
                if (answers.size() > 1) {
                    // a word bank offers the first answer; the others stay accepted in Lectern
                    gap.setAttribute("data-lectern-alternatives", String.join("|", answers.subList(1, answers.size())));
                }
            }
            p.appendChild(doc.createTextNode(text.segments().getLast()));
            finish(b, RP_MATCH, false, "multiple");
        } else {
            for (int k = 0; k < text.blanks().size(); k++) {
                textEntryDeclaration("RESPONSE_" + (k + 1), text.blanks().get(k).answers());
            }
            body.appendChild(p(b.prompt()));
            Element p = el(body, "p");
            p.setAttribute("class", "lectern-cloze");
            for (int k = 0; k < text.blanks().size(); k++) {
                p.appendChild(doc.createTextNode(text.segments().get(k)));
                el(p, "qti-text-entry-interaction").setAttribute("response-identifier", "RESPONSE_" + (k + 1));
            }
            p.appendChild(doc.createTextNode(text.segments().getLast()));
            finish(b, null, false, "single");
            if (!c.distractors().isEmpty()) {
                notes.add(b.id() + ": distractors without a word bank are not in the item");
            }
        }
        return true;
    }

    private void gapText(Element interaction, String id, String text) {
        Element g = el(interaction, "qti-gap-text", text);
        g.setAttribute("identifier", id);
        g.setAttribute("match-max", "1");
    }

    private boolean highlight(LearningModule module, Section own, QuestionBase b, HighlightQuestion h) {
        String target = h.section() != null ? h.section() : own.id();
        Section section = module.sections().stream()
                .filter(s -> s.id().equals(target))
                .findFirst()
                .orElse(null);
        if (section == null) {
            notExported.add(b.id() + ": its section '" + target + "' is not in the module");
            return false;
        }
        List<String> sentences = Markdown.sentences(section.body());
        List<String> correct = new ArrayList<>();
        for (int k = 0; k < sentences.size(); k++) {
            String sentence = sentences.get(k);
            if (h.sentences().stream().map(Markdown::collapse).anyMatch(sentence::contains)) {
                correct.add("S" + (k + 1));
            }
        }
        response("RESPONSE", "multiple", "identifier", correct);
        Element i = el(body, "qti-hottext-interaction");
        i.setAttribute("response-identifier", "RESPONSE");
        i.setAttribute("max-choices", "0");
        i.setAttribute("data-lectern-section", section.id());
        el(i, "qti-prompt", b.prompt());
        Element p = el(i, "p");
        for (int k = 0; k < sentences.size(); k++) {
            if (k > 0) {
                p.appendChild(doc.createTextNode(" "));
            }
            el(p, "qti-hottext", sentences.get(k)).setAttribute("identifier", "S" + (k + 1));
        }
        if (h.follows() != null) {
            i.setAttribute("data-lectern-follows", h.follows());
        }
        finish(b, RP_MATCH, false, "multiple");
        return true;
    }

    private boolean open(QuestionBase b, OpenQuestion o) {
        Element d = response(
                "RESPONSE", "single", "string", o.modelAnswer() == null ? List.of() : List.of(o.modelAnswer()));
        Element i = el(body, "qti-extended-text-interaction");
        i.setAttribute("response-identifier", "RESPONSE");
        el(i, "qti-prompt", b.prompt());
        if (o.rubric() != null && !o.rubric().isEmpty()) {
            Element rubric = el(body, "qti-rubric-block");
            rubric.setAttribute("use", "scoring");
            rubric.setAttribute("view", "scorer");
            Element content = el(rubric, "qti-content-body");
            for (RubricLevel level : o.rubric()) {
                Element p = el(content, "p", number(level.points()) + ": " + level.description());
                p.setAttribute("data-lectern-points", number(level.points()));
            }
            // the rubric block comes first in the body
            body.insertBefore(rubric, i);
        }
        Objects.requireNonNull(d);
        finish(b, null, false, "single");
        return true;
    }
}
