package app.lectern.exchange;

import java.util.Set;

/**
 * Imports questions from a file a teacher uploads. The entry point of the package:
 *
 * <pre>{@code
 * ImportResult r = QuestionImport.read(Format.GIFT, "quiz.gift", bytes, module.questions().map(Question::id)
 *         .collect(toSet()));
 * r.questions();  // drafts to add to a section (ids unique against the given ones)
 * r.problems();   // what was not imported, each with file and line: show them all
 * r.notes();      // what was lost or defaulted in imported questions: show them too
 * }</pre>
 *
 * <p>Limits (a larger input is refused with a problem, never an exception): a text file (GIFT, Aiken, CSV, a single
 * QTI item) at most {@value #MAX_TEXT_BYTES} bytes; an archive (XLSX, QTI package) at most {@value #MAX_ZIP_BYTES}
 * bytes, {@value #MAX_ZIP_ENTRIES} entries, {@value #MAX_UNCOMPRESSED_BYTES} bytes once inflated, and no entry
 * inflating more than {@value #MAX_RATIO} times; at most {@value #MAX_QUESTIONS} questions per file.
 */
public final class QuestionImport {

    /** Largest text file: 1 MiB. */
    public static final int MAX_TEXT_BYTES = 1024 * 1024;

    /** Largest archive (XLSX workbook, QTI package): 10 MiB. */
    public static final int MAX_ZIP_BYTES = 10 * 1024 * 1024;

    /** Most entries in an archive. */
    public static final int MAX_ZIP_ENTRIES = 500;

    /** Most bytes an archive may inflate to, all entries together: 20 MiB. */
    public static final int MAX_UNCOMPRESSED_BYTES = 20 * 1024 * 1024;

    /** Highest compression ratio of an entry above 100 KiB (a zip bomb inflates thousands of times). */
    public static final int MAX_RATIO = 100;

    /** Most questions taken from one file. */
    public static final int MAX_QUESTIONS = 500;

    private QuestionImport() {}

    /**
     * Reads questions from a file. Never throws for any content: malformed, hostile or oversized input ends in
     * problems.
     *
     * @param format the file's format (see {@link Format#byFileName} for a guess from the name)
     * @param fileName the name the user gave the file; problems name it
     * @param bytes the file's content
     * @param takenIds ids already used in the module: imported ids avoid them
     * @return the questions that could be mapped, the problems and the notes
     */
    public static ImportResult read(Format format, String fileName, byte[] bytes, Set<String> takenIds) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        if (format == null || bytes == null) {
            return ImportResult.refused(name, "no file or no format given");
        }
        try {
            return switch (format) {
                case GIFT -> GiftParser.parse(name, bytes, takenIds);
                case AIKEN -> AikenParser.parse(name, bytes, takenIds);
                case CSV -> SheetReader.csv(name, bytes, takenIds);
                case XLSX -> SheetReader.xlsx(name, bytes, takenIds);
                case QTI -> QtiImport.read(name, bytes, takenIds);
            };
        } catch (RuntimeException | StackOverflowError e) {
            // the parsers report what they can; this is the last line so that no input can reach the user as a crash
            return ImportResult.refused(
                    name, "the file could not be read (" + e.getClass().getSimpleName() + "): nothing imported");
        }
    }
}
