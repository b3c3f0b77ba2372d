package app.lectern.lint;

/**
 * What a rule found, before it is placed in the file.
 *
 * @param rule the rule's id
 * @param item the question, claim or section id, or glossary term, that {@code lint-ignore} names
 * @param path where in the document
 * @param message for authors
 * @param text a piece of text inside the value at {@code path} to point at (a sentence of a body), or {@code null}
 */
record Finding(String rule, String item, String path, String message, String text) {

    Finding(String rule, String item, String path, String message) {
        this(rule, item, path, message, null);
    }
}
