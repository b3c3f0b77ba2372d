package app.lectern.content.load;

import app.lectern.content.LearningModule;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading one {@code module.yaml}.
 *
 * @param module the module, present only when there are no problems
 * @param problems every problem of the file, sorted by line and column
 */
public record LoadResult(Optional<LearningModule> module, List<ContentProblem> problems) {

    /** Copies the problem list. */
    public LoadResult {
        problems = List.copyOf(problems);
    }
}
