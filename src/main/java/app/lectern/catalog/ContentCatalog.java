package app.lectern.catalog;

import app.lectern.config.LecternProperties;
import app.lectern.content.LearningModule;
import app.lectern.content.load.ContentProblem;
import app.lectern.content.load.FolderResult;
import app.lectern.content.load.ModuleLoader;
import app.lectern.lint.LintReport;
import app.lectern.lint.Linter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The modules the app serves, loaded once at start-up from the folder in {@code lectern.content-dir}. A module with
 * problems is not served (the others are); its problems are logged and kept for the teachers' notice. The text each
 * module was loaded from is kept with it, so what an assignment pins is exactly what is served.
 *
 * <p>The catalog serves every module in its {@link LearningModule#forSelfStudy() self-study form}: its assessment
 * items ({@code use: assessment}) are not in it, so self-study, the library's progress and any anonymous response
 * built from the catalog can neither show nor count them. Only the {@link #source(String) text} holds them, which
 * an assignment pins.
 */
@Service
public class ContentCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(ContentCatalog.class);

    private final List<LearningModule> modules;
    private final List<ContentProblem> problems;
    private final Map<String, String> sources;
    private final FolderResult content;
    private final Path contentDir;
    private volatile List<LintReport> lintReports;

    /** Loads the content folder. */
    @Autowired
    public ContentCatalog(LecternProperties properties) {
        this(new ModuleLoader().loadFolder(Path.of(properties.contentDir())), Path.of(properties.contentDir()));
    }

    /** A catalog of already loaded content from {@code content}. */
    public ContentCatalog(FolderResult content) {
        this(content, Path.of("content"));
    }

    /**
     * A catalog of content loaded from {@code contentDir}. Linting waits for the first call of {@link #lintReports()}
     * (the content-problems page): it costs up to two seconds on a cold JVM, which start-up should not pay.
     */
    public ContentCatalog(FolderResult content, Path contentDir) {
        this.modules = content.modules().stream()
                .map(LearningModule::forSelfStudy)
                .sorted(Comparator.comparing(LearningModule::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
        this.problems = content.problems();
        this.sources = content.sources();
        problems.forEach(p -> LOG.warn("content problem: {}", p));
        this.content = content;
        this.contentDir = contentDir;
        LOG.info("content: {} module(s) served, {} problem(s)", modules.size(), problems.size());
    }

    /** Lints each served module, without the originality check: the server never reads an article's text. */
    private List<LintReport> lint() {
        Linter linter = new Linter();
        List<LintReport> reports = content.modules().stream()
                .map(m -> linter.lint(
                        m,
                        contentDir
                                .resolve(m.id())
                                .resolve(ModuleLoader.MODULE_FILE)
                                .toString(),
                        sources.get(m.id()),
                        null))
                .toList();
        reports.forEach(r -> LOG.info(
                "lint: module {}: {} warning(s) in {} ms",
                r.moduleId(),
                r.warnings().size(),
                r.millis()));
        return reports;
    }

    /** The modules without problems, sorted by title, in their self-study form (no assessment item). */
    public List<LearningModule> modules() {
        return modules;
    }

    /** The module with this id, if it is served, in its self-study form (no assessment item). */
    public Optional<LearningModule> module(String id) {
        return modules.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The text of the {@code module.yaml} that a served module was loaded from, as read at start-up. It holds the
     * answer key and the assessment items: for pinning a module version, never for a view.
     *
     * @throws NoSuchElementException when no module with this id is served
     */
    public String source(String moduleId) {
        String text = sources.get(moduleId);
        if (text == null) {
            throw new NoSuchElementException("no module '" + moduleId + "'");
        }
        return text;
    }

    /** The lint warnings of every served module, module by module (for authors; they hold keys, never for learners). */
    public List<LintReport> lintReports() {
        List<LintReport> reports = lintReports;
        if (reports == null) {
            synchronized (this) {
                if (lintReports == null) {
                    lintReports = lint();
                }
                reports = lintReports;
            }
        }
        return reports;
    }

    /** Every problem found in the content folder; the modules they concern are not served. */
    public List<ContentProblem> problems() {
        return problems;
    }
}
