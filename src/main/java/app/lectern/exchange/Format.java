package app.lectern.exchange;

import java.util.Locale;
import java.util.Optional;

/** The file formats questions can be imported from. */
public enum Format {
    /** Moodle GIFT text ({@code .gift}, {@code .txt}). */
    GIFT,
    /** Aiken text: single-choice questions with {@code ANSWER: X} ({@code .txt}). */
    AIKEN,
    /** The Lectern question sheet saved as CSV (UTF-8, comma separated). */
    CSV,
    /** The Lectern question sheet as an Excel workbook ({@code .xlsx}); the first sheet is read. */
    XLSX,
    /** QTI 3.0: a zip package with {@code imsmanifest.xml}, or a single item ({@code .xml}). */
    QTI;

    /**
     * The format a file name suggests: {@code .gift} → GIFT, {@code .csv} → CSV, {@code .xlsx} → XLSX, {@code .zip}
     * and {@code .xml} → QTI; empty for anything else ({@code .txt} may be GIFT or Aiken: let the user choose).
     */
    public static Optional<Format> byFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gift")) {
            return Optional.of(GIFT);
        } else if (name.endsWith(".csv")) {
            return Optional.of(CSV);
        } else if (name.endsWith(".xlsx")) {
            return Optional.of(XLSX);
        } else if (name.endsWith(".zip") || name.endsWith(".xml")) {
            return Optional.of(QTI);
        }
        return Optional.empty();
    }
}
