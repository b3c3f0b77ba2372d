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
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
 *
 * <p>Beside the bundled modules of the folder, the catalog serves published modules of a {@link ModuleShelf} (the
 * teachers' modules in the database): those of the public library to everyone, the others to the teachers who may
 * assign them. A bundled module's id wins over a shelved one's.
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
    private ModuleShelf shelf;

    /** Self-study forms of shelved versions, by {@code id@version}: versions never change once published. */
    private final Map<String, LearningModule> selfStudyForms = new ConcurrentHashMap<>();

    /** Loads the content folder; serves the shelf's published modules too when there is one. */
    @Autowired
    public ContentCatalog(LecternProperties properties, ObjectProvider<ModuleShelf> shelf) {
        this(new ModuleLoader().loadFolder(Path.of(properties.contentDir())), Path.of(properties.contentDir()));
        this.shelf = shelf.getIfAvailable();
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

    /**
     * The library: the bundled modules without problems and the shelf's public ones, sorted by title, in their
     * self-study form (no assessment item).
     */
    public List<LearningModule> modules() {
        if (shelf == null) {
            return modules;
        }
        return sorted(Stream.concat(modules.stream(), shelved(shelf.library())));
    }

    /** The library module with this id, if it is served, in its self-study form (no assessment item). */
    public Optional<LearningModule> module(String id) {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The modules this account may assign, sorted by title, in their self-study form: the library and the published
     * modules shared with it (its own, co-authored, shared with all teachers).
     */
    public List<LearningModule> assignable(long accountId) {
        if (shelf == null) {
            return modules;
        }
        return sorted(Stream.concat(modules.stream(), shelved(shelf.assignableBy(accountId))));
    }

    /** The module with this id if this account may assign it (latest published version), in its self-study form. */
    public Optional<LearningModule> assignable(String id, long accountId) {
        return assignable(accountId).stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * The text of one version of a served module: a bundled module's as read at start-up, a shelved one's as
     * published. It holds the answer key and the assessment items: for pinning, never for a view.
     *
     * @throws NoSuchElementException when that version is not served
     */
    public String source(String moduleId, int version) {
        String text = sources.get(moduleId);
        if (text != null) {
            boolean same = content.modules().stream().anyMatch(m -> m.id().equals(moduleId) && m.version() == version);
            if (same) {
                return text;
            }
        } else if (shelf != null) {
            Optional<String> shelved = shelf.source(moduleId, version);
            if (shelved.isPresent()) {
                return shelved.get();
            }
        }
        throw new NoSuchElementException("no module '" + moduleId + "' version " + version);
    }

    /** Whether a bundled module (from the content folder) has this id. */
    public boolean isBundled(String moduleId) {
        return sources.containsKey(moduleId);
    }

    private Stream<LearningModule> shelved(List<ModuleShelf.Shelved> shelved) {
        return shelved.stream()
                .filter(s -> !sources.containsKey(s.module().id()))
                .map(s -> selfStudyForms.computeIfAbsent(
                        s.module().id() + "@" + s.module().version(),
                        k -> s.module().forSelfStudy()));
    }

    private static List<LearningModule> sorted(Stream<LearningModule> modules) {
        return modules.sorted(Comparator.comparing(LearningModule::title, String.CASE_INSENSITIVE_ORDER))
                .toList();
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
