package app.lectern.catalog;

import app.lectern.content.LearningModule;
import app.lectern.content.load.ContentProblem;
import app.lectern.content.load.FolderResult;
import app.lectern.content.load.ModuleLoader;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The modules the app serves, loaded once at start-up from the folder in {@code lectern.content-dir}. A module with
 * problems is not served (the others are); its problems are logged and kept for the teachers' notice.
 */
@Service
public class ContentCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ContentCatalog.class);

    private final List<LearningModule> modules;
    private final List<ContentProblem> problems;

    /** Loads the content folder. */
    @Autowired
    public ContentCatalog(@Value("${lectern.content-dir:./content}") String contentDir) {
        this(new ModuleLoader().loadFolder(Path.of(contentDir)));
    }

    /** A catalog of already loaded content. */
    public ContentCatalog(FolderResult content) {
        this.modules = content.modules().stream()
                .sorted(Comparator.comparing(LearningModule::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
        this.problems = content.problems();
        problems.forEach(p -> LOG.warn("content problem: {}", p));
        LOG.info("content: {} module(s) served, {} problem(s)", modules.size(), problems.size());
    }

    /** The modules without problems, sorted by title. */
    public List<LearningModule> modules() {
        return modules;
    }

    /** The module with this id, if it is served. */
    public Optional<LearningModule> module(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Every problem found in the content folder; the modules they concern are not served. */
    public List<ContentProblem> problems() {
        return problems;
    }
}
