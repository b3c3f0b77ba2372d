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
}
