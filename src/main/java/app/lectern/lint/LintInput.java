package app.lectern.lint;

import app.lectern.content.ItemPool;
import app.lectern.content.LearningModule;
import app.lectern.content.Question;
import app.lectern.content.Section;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A loaded module as the rules read it: its questions with their place in the file.
 *
 * @param module the whole module (assessment items included)
 * @param folder the module's folder, for {@code source.text-file}; {@code null} when the source text is not to be
 *     read (the catalog)
 */
record LintInput(LearningModule module, Path folder) {

    /**
     * A question and where it stands.
     *
     * @param path e.g. {@code sections[2].questions[1]} or {@code sections[2].pools[0].questions[1]}
     * @param section the section it is shown after
     * @param sectionIndex that section's position
     * @param pool the pool it is a variant of, or {@code null}
     * @param selfStudy whether self-study shows it (not {@code use: assessment}, itself or through its pool)
     */
    record Item(Question question, String path, Section section, int sectionIndex, ItemPool pool, boolean selfStudy) {

        String id() {
            return question.id();
        }
    }

    /** Every question in reading order, pool variants after the section's own questions. */
    List<Item> items() {
        List<Item> out = new ArrayList<>();
        List<Section> sections = module.sections();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            for (int q = 0; q < section.questions().size(); q++) {
                Question question = section.questions().get(q);
                out.add(new Item(
                        question,
                        "sections[" + s + "].questions[" + q + "]",
                        section,
                        s,
                        null,
                        !question.base().assessmentOnly()));
            }
            for (int p = 0; p < section.pools().size(); p++) {
                ItemPool pool = section.pools().get(p);
                for (int q = 0; q < pool.questions().size(); q++) {
                    out.add(new Item(
                            pool.questions().get(q),
                            "sections[" + s + "].pools[" + p + "].questions[" + q + "]",
                            section,
                            s,
                            pool,
                            !pool.assessmentOnly()));
                }
            }
        }
        return out;
    }
}
