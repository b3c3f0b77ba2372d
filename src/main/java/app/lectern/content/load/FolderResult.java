package app.lectern.content.load;

import app.lectern.content.LearningModule;
import java.util.List;

/**
 * The outcome of loading a content folder.
 *
 * @param modules the modules without problems, in folder-name order
 * @param problems the problems of all files, file by file
 */
public record FolderResult(List<LearningModule> modules, List<ContentProblem> problems) {

    /** Copies the lists. */
    public FolderResult {
        modules = List.copyOf(modules);
        problems = List.copyOf(problems);
    }
}
