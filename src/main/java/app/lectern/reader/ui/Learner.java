package app.lectern.reader.ui;

import app.lectern.study.CurrentLearner;
import java.util.UUID;

/** The current learner's id for views; the learner cookie filter guarantees one on every page request. */
public final class Learner {

    private Learner() {}

    /** The id of the learner of the current request. */
    public static UUID current() {
        return CurrentLearner.id().orElseThrow(() -> new IllegalStateException("no learner cookie on this request"));
    }
}
