package app.lectern.lint;

import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code reading-level}: a section whose Flesch-Kincaid grade lies above the module's level band (the highest grade
 * the {@code level} names, plus 0.5: "Grades 9–12" allows up to 12.5). Every section's grade is also a note.
 */
final class ReadingLevel implements LintRule {

    static final String ID = "reading-level";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(LintInput input) {
        LearningModule module = input.module();
        double ceiling = Readability.ceiling(module.level());
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < module.sections().size(); i++) {
            Section s = module.sections().get(i);
            double grade = Readability.of(s.body()).grade();
            if (!Double.isNaN(ceiling) && grade > ceiling) {
                out.add(new Finding(
                        ID,
                        s.id(),
                        "sections[" + i + "].body",
                        "reading level grade " + Chance.one(grade) + " (Flesch-Kincaid) is above the module's level '"
                                + module.level() + "' (up to " + Chance.one(ceiling)
                                + "); use shorter sentences and plainer words, or explain hard ones in the glossary"));
            }
        }
        return out;
    }

    /** One note per section, and one for the whole text. */
    static List<String> notes(LearningModule module) {
        List<String> out = new ArrayList<>();
        int words = 0;
        int sentences = 0;
        int syllables = 0;
        for (Section s : module.sections()) {
            Readability.Figures f = Readability.of(s.body());
            words += f.words();
            sentences += f.sentences();
            syllables += f.syllables();
            out.add("reading level of section '" + s.id() + "': grade " + Chance.one(f.grade()) + " (Flesch-Kincaid; "
                    + f.words() + " words, " + f.sentences() + (f.sentences() == 1 ? " sentence)" : " sentences)"));
        }
        out.add("reading level of all sections: grade "
                + Chance.one(new Readability.Figures(words, sentences, syllables).grade()) + " for level '"
                + module.level() + "'");
        return out;
    }
}
