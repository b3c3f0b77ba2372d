package app.lectern.question.ui;

/**
 * A problem with one field of a question being edited, shown next to that field by {@link QuestionEditor}.
 *
 * @param path the field's path relative to the question, as the loader names it without the
 *     {@code sections[i].questions[j].} prefix: {@code prompt}, {@code options[2].text}, {@code answer},
 *     {@code evidence.quote}
 * @param message what is wrong, in the words the teacher reads
 */
public record FieldProblem(String path, String message) {

    /** Treats a missing path as the empty path (a problem of the whole question) and a missing message as empty. */
    public FieldProblem {
        path = path == null ? "" : path;
        message = message == null ? "" : message;
    }

    /**
     * The problem of a loader path as one question's editor shows it, or empty when the path lies outside that
     * question.
     *
     * @param questionPath the question's own path, e.g. {@code sections[2].questions[1]} or
     *     {@code sections[0].pools[0].questions[3]}
     * @param path the loader's path, e.g. {@code sections[2].questions[1].options[0].text}
     */
    public static java.util.Optional<FieldProblem> under(String questionPath, String path, String message) {
        if (path == null || questionPath == null) {
            return java.util.Optional.empty();
        }
        if (path.equals(questionPath)) {
            return java.util.Optional.of(new FieldProblem("", message));
        }
        if (path.startsWith(questionPath + ".")) {
            return java.util.Optional.of(new FieldProblem(path.substring(questionPath.length() + 1), message));
        }
        return java.util.Optional.empty();
    }
}
