package app.lectern.question.ui;

import static app.lectern.question.ui.EditorText.orEmpty;
import static app.lectern.question.ui.EditorText.orNull;
import static app.lectern.question.ui.EditorText.t;

import app.lectern.content.QuestionBase;
import app.lectern.content.Skill;
import app.lectern.content.Slugs;
import app.lectern.content.Use;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The fields every question has (see {@link QuestionBase}), for type editors to compose: id (proposed from the
 * prompt until the teacher changes it), prompt, points, skill, use, explanation, hint and evidence. A type editor
 * places {@link #top()} before its own fields and {@link #bottom()} after them.
 */
public final class BaseFields {

    private final String typeName;
    private final EditorContext context;
    private final Runnable onChange;
    private final TextField id = new TextField();
    private final TextArea prompt = new TextArea();
    private final NumberField points = new NumberField();
    private final Select<Skill> skill = new Select<>();
    private final RadioButtonGroup<Use> use = new RadioButtonGroup<>();
    private final TextArea explanation = new TextArea();
    private final TextArea hint = new TextArea();
    private final EvidenceFields evidence;
    private final Div top;
    private final Div bottom;
    private String proposedId;
    private boolean explicitPractice;
    private boolean loading;

    /**
     * Creates the fields.
     *
     * @param typeName the type's content-file name, written into the record
     * @param context the module around the question
     * @param promptLabel the prompt's label, e.g. "Question" or "Statement"
     * @param onChange fired after every committed change
     */
    public BaseFields(String typeName, EditorContext context, String promptLabel, Runnable onChange) {
        this.typeName = typeName;
        this.context = context;
        this.onChange = onChange;
        prompt.setLabel(promptLabel);
        prompt.setHelperText(t("editor.prompt.help"));
        prompt.setMaxLength(2000);
        prompt.setWidthFull();
        id.setLabel(t("editor.id"));
        id.setHelperText(t("editor.id.help"));
        id.setMaxLength(64);
        points.setLabel(t("editor.points"));
        points.setMin(0);
        points.setStep(0.5);
        skill.setLabel(t("editor.skill"));
        skill.setItems(Skill.values());
        skill.setEmptySelectionAllowed(true);
        skill.setEmptySelectionCaption(t("editor.skill.none"));
        skill.setItemLabelGenerator(s -> s == null ? t("editor.skill.none") : t("editor.skill." + s.key()));
        use.setLabel(t("editor.use"));
        use.setItems(Use.values());
        use.setItemLabelGenerator(u -> t("editor.use." + u.key()));
        use.setValue(Use.PRACTICE);
        explanation.setLabel(t("editor.explanation"));
        explanation.setHelperText(t("editor.explanation.help"));
        explanation.setMaxLength(4000);
        explanation.setWidthFull();
        hint.setLabel(t("editor.hint"));
        hint.setMaxLength(1000);
        hint.setWidthFull();
        evidence = new EvidenceFields(context, onChange);

        prompt.addValueChangeListener(e -> {
            if (!loading) {
                proposeId();
            }
        });
        id.addValueChangeListener(e -> checkId());
        for (HasValue<?, ?> field : new HasValue<?, ?>[] {prompt, id, points, skill, use, explanation, hint}) {
            field.addValueChangeListener(e -> {
                if (!loading) {
                    onChange.run();
                }
            });
        }
        top = new Div(prompt, id);
        top.addClassName("lectern-editor-base-top");
        Div numbers = new Div(points, skill);
        numbers.addClassName("lectern-editor-inline");
        bottom = new Div(explanation, hint, evidence, numbers, use);
        bottom.addClassName("lectern-editor-base-bottom");
    }

    /** The common part of a new question: only its id and type (and the default of one point). */
    public static QuestionBase blank(String id, String typeName) {
        return new QuestionBase(id, typeName, null, null, null, null, null, null, null);
    }

    /** The prompt and id, shown first. */
    public Component top() {
        return top;
    }

    /** Explanation, hint, evidence, points, skill and use, shown after the type's own fields. */
    public Component bottom() {
        return bottom;
    }

    /** The evidence fields (tests pick words through its picker). */
    public EvidenceFields evidence() {
        return evidence;
    }

    /** Shows a question's common fields; fires no change. */
    public void setValue(QuestionBase base) {
        loading = true;
        try {
            id.setValue(orEmpty(base == null ? null : base.id()));
            proposedId = null;
            prompt.setValue(orEmpty(base == null ? null : base.prompt()));
            points.setValue(base == null ? null : base.points());
            skill.setValue(base == null ? null : base.skill());
            explicitPractice = base != null && base.use() == Use.PRACTICE;
            use.setValue(base != null && base.use() == Use.ASSESSMENT ? Use.ASSESSMENT : Use.PRACTICE);
            explanation.setValue(orEmpty(base == null ? null : base.explanation()));
            hint.setValue(orEmpty(base == null ? null : base.hint()));
            evidence.setValue(base == null ? null : base.evidence());
            checkId();
        } finally {
            loading = false;
        }
    }

    /** The common fields as a record; empty fields are {@code null}. */
    public QuestionBase value() {
        Use chosen = use.getValue() == Use.ASSESSMENT ? Use.ASSESSMENT : (explicitPractice ? Use.PRACTICE : null);
        return new QuestionBase(
                orNull(id.getValue()),
                typeName,
                orNull(prompt.getValue()),
                points.getValue(),
                skill.getValue(),
                orNull(explanation.getValue()),
                evidence.value(),
                orNull(hint.getValue()),
                chosen);
    }

    /** Registers where the common fields' problems show. */
    public void problemTargets(ProblemTargets targets) {
        targets.field("id", id)
                .field("type", prompt)
                .field("prompt", prompt)
                .field("points", points)
                .field("skill", skill)
                .field("use", use)
                .field("explanation", explanation)
                .field("hint", hint);
        evidence.problemTargets(targets);
    }

    private void proposeId() {
        String current = id.getValue();
        if (current.isEmpty() || current.equals(proposedId)) {
            proposedId = proposeId(prompt.getValue(), context.otherQuestionIds());
            id.setValue(proposedId);
        }
    }

    private void checkId() {
        String value = id.getValue();
        String problem = null;
        if (!value.isEmpty() && !value.matches(Slugs.SLUG)) {
            problem = t("editor.id.slug");
        } else if (context.otherQuestionIds().contains(value)) {
            problem = t("editor.id.taken", value);
        }
        id.setErrorMessage(problem);
        id.setInvalid(problem != null);
    }

    /**
     * A question id made from a prompt: its first words in lower case, accents dropped, other characters as dashes,
     * at most 40 characters, with {@code -2}, {@code -3}, … added when {@code taken} has it; empty for a prompt
     * without letters or digits.
     */
    public static String proposeId(String prompt, Set<String> taken) {
        String s = Normalizer.normalize(prompt == null ? "" : prompt, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        StringBuilder out = new StringBuilder();
        int words = 0;
        for (String word : s.split("-")) {
            if (word.isEmpty() || words == 6 || out.length() + word.length() + 1 > 40) {
                break;
            }
            out.append(out.isEmpty() ? "" : "-").append(word);
            words++;
        }
        if (out.isEmpty() && !s.isEmpty()) {
            out.append(s, 0, Math.min(40, s.length()));
        }
        String base = out.toString();
        if (base.isEmpty()) {
            return "";
        }
        String candidate = base;
        for (int n = 2; taken.contains(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
