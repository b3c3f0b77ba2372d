package app.lectern.content.load;

import app.lectern.content.LearningModule;
import java.util.List;
import java.util.Map;

/**
 * The outcome of loading a content folder.
 *
 * @param modules the modules without problems, in folder-name order
 * @param problems the problems of all files, file by file
 * @param sources the text of each module's file as it was read, by module id (it holds the answer key)
 */
public record FolderResult(List<LearningModule> modules, List<ContentProblem> problems, Map<String, String> sources) {

    /** Copies the lists and the map. */
    public FolderResult {
        modules = List.copyOf(modules);
        problems = List.copyOf(problems);
        sources = Map.copyOf(sources);
    }
}
