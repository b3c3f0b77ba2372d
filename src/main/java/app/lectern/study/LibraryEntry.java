package app.lectern.study;

import app.lectern.content.LearningModule;

/**
 * A module as the library shows it, with the learner's progress.
 *
 * @param answered questions answered in the current round
 * @param questions questions in the module
 */
public record LibraryEntry(LearningModule module, int answered, int questions) {

    /** Share of the questions answered, 0 to 1. */
    public double progress() {
        return questions == 0 ? 0 : Math.min(1.0, (double) answered / questions);
    }
}
