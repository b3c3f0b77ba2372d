package app.lectern.lint;

import java.util.List;

/**
 * What the linter found in one module.
 *
 * @param moduleId the module
 * @param warnings the warnings left after {@code lint-ignore}, in file order
 * @param notes figures for authors (coverage, reading level), one line each
 * @param millis how long linting took
 */
public record LintReport(String moduleId, List<LintWarning> warnings, List<String> notes, long millis) {

    /** Copies the lists. */
    public LintReport {
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }
}
