package app.lectern.exchange;

/**
 * Something in an imported file that was not imported: a construct Lectern cannot express, or input that is
 * malformed or too large.
 *
 * @param where the file name, or for a package the entry name inside it
 * @param line the line number (text and XML files, from 1), the sheet row (from 1, the header being row 1), or 0 when
 *     the problem concerns the whole file
 * @param message what was wrong and what was done, for a teacher to read
 */
public record ImportProblem(String where, int line, String message) {

    /** As one line: {@code where:line: message}, or {@code where: message} for line 0. */
    @Override
    public String toString() {
        return line > 0 ? where + ":" + line + ": " + message : where + ": " + message;
    }
}
