package app.lectern.content.load;

/**
 * One problem in a content file, printed as {@code <file>:<line>:<column>: <path>: <message>}.
 *
 * @param file the file as it was given to the loader, e.g. {@code content/china-russia-ukraine/module.yaml}
 * @param line 1-based line; problems of the whole file point at line 1
 * @param column 1-based column
 * @param path where in the document, e.g. {@code sections[2].questions[1].answer}; empty for the whole file
 * @param message what is wrong, for authors
 */
public record ContentProblem(String file, int line, int column, String path, String message) {

    /** The problem as one line; the path part is left out when the problem concerns the whole file. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
