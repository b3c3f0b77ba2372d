package app.lectern.content;

import java.util.List;

/**
 * A question of any type. Each type is a record in its own package under {@code app.lectern.question} whose
 * first component is the {@link QuestionBase}; the type-specific components hold the answer key.
 */
public interface Question {

    /** The fields every question has. */
    QuestionBase base();

    /** Whether the question is scored automatically; {@code open} questions are not. */
    default boolean autoScored() {
        return true;
    }

    /** Shortcut for {@code base().id()}. */
    default String id() {
        return base().id();
    }

    /** Shortcut for {@code base().points()}. */
    default double points() {
        return base().points();
    }

    /** Shortcut for {@code base().skill()}. */
    default Skill skill() {
        return base().skill();
    }

    /**
     * The type's own cross-reference problems (an answer naming no option, a duplicate option id, …), with paths
     * relative to the question, e.g. {@code answer} or {@code options[2].id}. Called by the {@link ConsistentModule}
     * check, which also checks what all questions share (unique ids, evidence, explanation). Components may be
     * {@code null} here when their field constraints fail; skip those.
     *
     * @param section the section the question is shown after
     */
    default List<Inconsistency> inconsistencies(LearningModule module, Section section) {
        return List.of();
    }
}
