package app.lectern.lint;

import java.util.List;

/** One check of the linter. */
interface LintRule {

    /** The id printed after each warning and named in {@code lint-ignore}. */
    String id();

    /** Everything this rule finds in the module. */
    List<Finding> check(LintInput input);
}
