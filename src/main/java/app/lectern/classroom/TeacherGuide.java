package app.lectern.classroom;

import app.lectern.content.Evidence;
import app.lectern.content.LearningModule;
import app.lectern.question.PaperQuestion;
import app.lectern.question.open.RubricLevel;
import java.util.List;

/**
 * A module as its teacher reads it before assigning it: every section, every question with its key, explanation,
 * skill and evidence, assessment items and every variant of every pool included.
 *
 * @param module the whole module (assessment items included)
 * @param sections in reading order
 */
public record TeacherGuide(LearningModule module, List<GuideSection> sections) {

    /** Copies the list. */
    public TeacherGuide {
        sections = List.copyOf(sections);
    }

    /** How many questions the guide lists, every variant counted. */
    public int questionCount() {
        return sections.stream()
                .mapToInt(s -> s.questions().size()
                        + s.pools().stream().mapToInt(p -> p.variants().size()).sum())
                .sum();
    }

    /**
     * One section with the questions after it.
     *
     * @param id the section id
     * @param title its title
     * @param body its text, Markdown
     * @param questions the section's own questions
     * @param pools its pools of interchangeable questions
     */
    public record GuideSection(
            String id, String title, String body, List<GuideQuestion> questions, List<GuidePool> pools) {

        /** Copies the lists. */
        public GuideSection {
            questions = List.copyOf(questions);
            pools = List.copyOf(pools);
        }
    }

    /**
     * A pool: an assignment draws {@code draw} of its variants for each student.
     *
     * @param id the pool id
     * @param draw how many variants each student gets
     * @param assessmentOnly whether the pool is for assignments only
     * @param variants every variant
     */
    public record GuidePool(String id, int draw, boolean assessmentOnly, List<GuideQuestion> variants) {

        /** Copies the list. */
        public GuidePool {
            variants = List.copyOf(variants);
        }
    }

    /**
     * One question with everything a teacher needs to know about it.
     *
     * @param number its number in the guide, 1-based, in reading order
     * @param paper what the learner reads (prompt, choices)
     * @param typeName the question type, e.g. {@code single}
     * @param points points for a fully right answer
     * @param assessmentOnly whether it appears in assignments only
     * @param key the key as plain text, or {@code null} for a question graded by the teacher
     * @param modelAnswer the model answer of an open question, else {@code null}
     * @param rubric the rubric of an open question, else empty
     * @param explanation shown to learners once the question is settled, or {@code null}
     * @param hint the optional hint, or {@code null}
     * @param evidence where the answer stands in the article (section resolved), or {@code null}
     * @param evidenceSectionTitle the title of the evidence's section, or {@code null}
     */
    public record GuideQuestion(
            int number,
            PaperQuestion paper,
            String typeName,
            double points,
            boolean assessmentOnly,
            String key,
            String modelAnswer,
            List<RubricLevel> rubric,
            String explanation,
            String hint,
            Evidence evidence,
            String evidenceSectionTitle) {

        /** Copies the list. */
        public GuideQuestion {
            rubric = List.copyOf(rubric);
        }
    }
}
