package app.lectern.authoring;

import app.lectern.content.LearningModule;
import app.lectern.content.load.ContentProblem;
import app.lectern.lint.LintWarning;
import java.util.List;
import java.util.Optional;

/**
 * What the validator and the linter say of a draft, with the same messages as {@code validate --lint}.
 *
 * @param module the module when the draft has no problems (it may be published)
 * @param bound the module as far as it could be read, for the form editor; empty when the text is not a module
 * @param problems what must be fixed before publishing, by line and column
 * @param warnings the linter's warnings (only for a draft without problems); they do not block publishing
 * @param notes the linter's figures (coverage, reading level)
 */
public record DraftReport(
        Optional<LearningModule> module,
        Optional<LearningModule> bound,
        List<ContentProblem> problems,
        List<LintWarning> warnings,
        List<String> notes) {

    /** Copies the lists. */
    public DraftReport {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }
}
