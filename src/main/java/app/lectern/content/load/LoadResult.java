package app.lectern.content.load;

import app.lectern.content.LearningModule;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading one {@code module.yaml}.
 *
 * @param module the module, present only when there are no problems
 * @param problems every problem of the file, sorted by line and column
 * @param bound the module as far as it could be bound, problems or not (values that could not be read are
 *     {@code null} or left out of their lists): what a form editor shows of a draft that does not validate yet;
 *     empty when the text is not a module at all
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
