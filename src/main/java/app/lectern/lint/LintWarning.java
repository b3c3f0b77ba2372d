package app.lectern.lint;

/**
 * One lint warning, printed as {@code <file>:<line>:<column>: <path>: warning: <message> [<rule>]}.
 *
 * @param file the module file as the loader was given it
 * @param line 1-based line of the item or value concerned
 * @param column 1-based column
 * @param path where in the document, in the syntax of content problems
 * @param rule the rule's id, e.g. {@code key-longest}
 * @param item what it concerns (a question, claim or section id, or a glossary term), as {@code lint-ignore} names it
 * @param message what is wrong, for authors
 */
public record LintWarning(String file, int line, int column, String path, String rule, String item, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + "warning: " + message
                + " [" + rule + "]";
    }
}
