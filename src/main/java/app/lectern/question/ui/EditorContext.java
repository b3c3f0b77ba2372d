package app.lectern.question.ui;

import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a question editor needs to know about the module around the question.
 *
 * @param sectionId the id of the section the question is shown after
 * @param sectionTexts the Markdown body of every section by id, in reading order (evidence and highlight passages
 *     are picked from these; the question's own section must be among them)
 * @param otherQuestionIds the ids of the module's other questions (not the edited one), for "already used" messages
 */
public record EditorContext(String sectionId, Map<String, String> sectionTexts, Set<String> otherQuestionIds) {

    /** Copies the collections; missing ones become empty. */
    public EditorContext {
        sectionTexts = sectionTexts == null ? Map.of() : unmodifiableCopy(sectionTexts);
        otherQuestionIds = otherQuestionIds == null ? Set.of() : Set.copyOf(otherQuestionIds);
    }

    private static Map<String, String> unmodifiableCopy(Map<String, String> texts) {
        Map<String, String> copy = new LinkedHashMap<>();
        texts.forEach((id, text) -> {
            if (id != null) {
                copy.put(id, text == null ? "" : text);
            }
        });
        return java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The context of a question after a section of a module: every section's text, and the ids of all questions of
     * the module except {@code edited} (pass {@code null} for a question not in the module yet).
     */
    public static EditorContext of(LearningModule module, Section section, Question edited) {
        Map<String, String> texts = new LinkedHashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Section s : module.sections() == null ? java.util.List.<Section>of() : module.sections()) {
            if (s == null) {
                continue;
            }
            if (s.id() != null) {
                texts.putIfAbsent(s.id(), s.body());
            }
            s.allQuestions()
                    .filter(q -> q != null
                            && q != edited
                            && q.base() != null
                            && q.base().id() != null)
                    .forEach(q -> ids.add(q.base().id()));
        }
        texts.putIfAbsent(section.id(), section.body());
        return new EditorContext(section.id(), texts, ids);
    }

    /** The Markdown text of the question's own section; empty when unknown. */
    public String sectionText() {
        return sectionText(sectionId);
    }

    /** The Markdown text of a section, {@code null} meaning the question's own; empty when unknown. */
    public String sectionText(String id) {
        String text = sectionTexts.get(id == null ? sectionId : id);
        return text == null ? "" : text;
    }
}
