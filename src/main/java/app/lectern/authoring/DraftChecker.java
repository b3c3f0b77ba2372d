package app.lectern.authoring;

import app.lectern.content.load.LoadResult;
import app.lectern.content.load.ModuleLoader;
import app.lectern.lint.LintReport;
import app.lectern.lint.Linter;
import java.util.List;

/**
 * Checks a draft the way {@code validate --lint} checks a module file: the loader's problems, then (for a draft
 * without problems) the linter's warnings. The linter never reads an article's text here: a draft's
 * {@code text-file} is for bundled modules only. Plain Java; thread-safe.
 */
public final class DraftChecker {

    /** The name problems give the draft's text. */
    public static final String FILE = "module.yaml";

    private final ModuleLoader loader = new ModuleLoader();
    private final Linter linter = new Linter();

    /** Checks the text of the draft of module {@code moduleId}. */
    public DraftReport check(String moduleId, String yaml) {
        LoadResult loaded = loader.load(yaml, moduleId, FILE);
        if (loaded.module().isEmpty()) {
            return new DraftReport(loaded.module(), loaded.bound(), loaded.problems(), List.of(), List.of());
        }
        LintReport lint = linter.lint(loaded.module().get(), FILE, yaml, null);
        return new DraftReport(loaded.module(), loaded.bound(), List.of(), lint.warnings(), lint.notes());
    }
}
