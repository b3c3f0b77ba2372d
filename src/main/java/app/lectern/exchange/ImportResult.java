package app.lectern.exchange;

import app.lectern.content.Question;
import java.util.List;

/**
 * What an import produced. The questions are drafts: they are not validated (the editor validates them in their
 * module, with the loader's messages), and fields the source lacks are left {@code null} or set to the documented
 * default, with a note.
 *
 * @param questions the questions in file order, with ids unique against the ids given and each other
 * @param problems every construct that was not imported (with its line), and every refused input
 * @param notes what was lost or defaulted in questions that were imported, e.g. weights not kept
 */
public record ImportResult(List<Question> questions, List<ImportProblem> problems, List<String> notes) {

    /** Copies the lists. */
    public ImportResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** A result with only this problem: the whole file was refused. */
    static ImportResult refused(String where, String message) {
        return new ImportResult(List.of(), List.of(new ImportProblem(where, 0, message)), List.of());
    }
}
