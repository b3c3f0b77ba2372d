package app.lectern.exchange;

import app.lectern.content.Evidence;
import app.lectern.content.Question;
import app.lectern.content.QuestionBase;
import app.lectern.content.Skill;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects what one import produces: questions with unique ids, problems and notes. Applies the documented
 * defaults: skill {@code recall} when the source has none (one note says how many), explanation left {@code null}
 * (one note lists the auto-scored questions that need one).
 */
final class Drafts {

    /** Most problems listed for one file; then one line says how many more there were. */
    static final int MAX_PROBLEMS = 100;

    /** Most questions taken from one file. */
    static final int MAX_QUESTIONS = QuestionImport.MAX_QUESTIONS;

    /** The skill a question gets when the source names none. */
    static final Skill DEFAULT_SKILL = Skill.RECALL;

    private final String file;
    private final Set<String> taken;
    private final List<Question> questions = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> withoutExplanation = new ArrayList<>();
    private int defaultSkills;
    private int moreProblems;
    private boolean full;

    Drafts(String file, Set<String> taken) {
        this.file = file;
        this.taken = new HashSet<>(taken == null ? Set.of() : taken);
    }

    String file() {
        return file;
    }

    /** Reports a construct of the file that was not imported. */
    void problem(int line, String message) {
        problem(file, line, message);
    }

    /** Reports a problem in an entry of a package. */
    void problem(String where, int line, String message) {
        if (problems.size() >= MAX_PROBLEMS) {
            moreProblems++;
        } else {
            problems.add(new ImportProblem(where, Math.max(0, line), message));
        }
    }

    /** Says what was lost or defaulted in an imported question. */
    void note(String where, int line, String id, String message) {
        if (notes.size() < MAX_PROBLEMS) {
            notes.add((line > 0 ? where + ":" + line : where) + ": '" + id + "': " + message);
        }
    }

    /** A note that concerns no one question. */
    void note(String text) {
        if (notes.size() < MAX_PROBLEMS) {
            notes.add(text);
        }
    }

    /** Whether no more questions are taken (the cap was reached, and reported once). */
    boolean full(int line) {
        if (questions.size() >= MAX_QUESTIONS && !full) {
            full = true;
            problem(line, "more than " + MAX_QUESTIONS + " questions: the rest of the file was not imported");
        }
        return full;
    }

    /** A unique id made from the preferred text (a title), or else from the prompt. */
    String id(String preferred, String prompt) {
        return Ids.unique(preferred != null && !preferred.isBlank() ? preferred : prompt, taken);
    }

    /** A new id for a question whose source gave one that is taken or not a slug: reported in a note. */
    String givenId(String given, String prompt, String where, int line) {
        if (given != null && given.matches(app.lectern.content.Slugs.SLUG) && !taken.contains(given)) {
            taken.add(given);
            return given;
        }
        String id = id(given, prompt);
        if (given != null && !given.isBlank()) {
            note(where, line, id, "the id '" + given + "' is taken or not a slug: renamed");
        }
        return id;
    }

    /** The fields every question has; a {@code null} skill becomes the default skill. */
    QuestionBase base(
            String id,
            String type,
            String prompt,
            Double points,
            Skill skill,
            String explanation,
            String hint,
            Evidence evidence) {
        if (skill == null) {
            defaultSkills++;
        }
        return new QuestionBase(
                id,
                type,
                prompt,
                points,
                skill == null ? DEFAULT_SKILL : skill,
                blankToNull(explanation),
                evidence,
                blankToNull(hint));
    }

    /** Takes an imported question. */
    void add(Question question) {
        if (questions.size() < MAX_QUESTIONS) {
            questions.add(question);
            if (question.autoScored() && question.base().explanation() == null) {
                withoutExplanation.add(question.id());
            }
        }
    }

    int count() {
        return questions.size();
    }

    ImportResult result() {
        List<ImportProblem> allProblems = new ArrayList<>(problems);
        if (moreProblems > 0) {
            allProblems.add(new ImportProblem(file, 0, moreProblems + " more problems not listed"));
        }
        List<String> allNotes = new ArrayList<>(notes);
        if (defaultSkills > 0) {
            allNotes.add(defaultSkills + (defaultSkills == 1 ? " question has" : " questions have")
                    + " no skill in the file: set to '" + DEFAULT_SKILL.key() + "'; check it in the editor");
        }
        if (!withoutExplanation.isEmpty()) {
            allNotes.add("no explanation in the file for " + String.join(", ", withoutExplanation)
                    + ": every auto-scored question needs one before the module validates");
        }
        return new ImportResult(questions, allProblems, allNotes);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
