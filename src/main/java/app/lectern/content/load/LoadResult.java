package app.lectern.content.load;

import app.lectern.content.LearningModule;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading one {@code module.yaml}.
 *
 * @param module the module, present only when there are no problems
 * @param problems every problem of the file, sorted by line and column
 * @param bound the module as read when every value of the text could be read into it, even if it does not
 *     validate (a blank summary, a key naming no option): what a form editor shows and may write back without
 *     losing anything; empty when the text has a syntax error, an unknown key or a value of the wrong kind
 */
public record LoadResult(
        Optional<LearningModule> module, List<ContentProblem> problems, Optional<LearningModule> bound) {

    /** Copies the problem list. */
    public LoadResult {
        problems = List.copyOf(problems);
    }

    /** A result whose bound module is the valid one. */
    public LoadResult(Optional<LearningModule> module, List<ContentProblem> problems) {
        this(module, problems, module);
    }
}
