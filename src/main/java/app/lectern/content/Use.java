package app.lectern.content;

import java.util.Locale;

/**
 * Where a question (or a pool of questions) may be used. Self-study, the library's progress and everything an
 * anonymous learner can reach use a module's {@link LearningModule#forSelfStudy() self-study form}, which has no
 * {@link #ASSESSMENT} item; assignments use the whole module.
 */
public enum Use {
    /** In self-study and in assignments; the default. */
    PRACTICE,
    /** In assignments only: never served, counted or listed in self-study, so its key cannot be harvested there. */
    ASSESSMENT;

    /** The name used in content files, e.g. {@code assessment}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
