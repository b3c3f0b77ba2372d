package app.lectern.classroom.gradebook;

import app.lectern.classroom.Assignment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a gradebook as CSV for spreadsheets (see {@link GradebookService#csv}). */
final class GradebookCsv {

    /** The media type of the export. */
    static final String CONTENT_TYPE = "text/csv;charset=UTF-8";

    private static final char BOM = '\uFEFF';

    private GradebookCsv() {}

    static CsvExport write(
            Assignment assignment, List<GradebookColumn> columns, List<GradebookRow> rows, Locale locale) {
        ResourceBundle labels = ResourceBundle.getBundle(
                "i18n/classroom",
                locale == null ? Locale.ENGLISH : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
            // Excel reads a BOM-less CSV in the system's legacy code page and garbles accented names.
            out.write(BOM);
            List<String> header = new ArrayList<>();
            header.add(label(labels, "classroom.gradebook.csv.student"));
            header.add(label(labels, "classroom.gradebook.csv.login"));
            for (GradebookColumn c : columns) {
                header.add(label(
                        labels, "classroom.gradebook.csv.question", c.number(), c.questionId(), number(c.maxPoints())));
            }
            header.add(label(labels, "classroom.gradebook.csv.points"));
            header.add(label(labels, "classroom.gradebook.csv.max-points"));
            header.add(label(labels, "classroom.gradebook.csv.percent"));
            header.add(label(labels, "classroom.gradebook.csv.status"));
            header.add(label(labels, "classroom.gradebook.csv.submitted"));
            header.add(label(labels, "classroom.gradebook.csv.late"));
            header.add(label(labels, "classroom.gradebook.csv.minutes"));
            csv.printRecord(header.stream().map(GradebookCsv::safe).toList());
            String pending = label(labels, "classroom.gradebook.csv.pending");
            String yes = label(labels, "classroom.gradebook.csv.yes");
            String no = label(labels, "classroom.gradebook.csv.no");
            for (GradebookRow r : rows) {
                List<String> record = new ArrayList<>();
                record.add(r.displayName());
                record.add(r.loginName());
                for (GradebookCell cell : r.cells()) {
                    record.add(!cell.answered() ? "" : cell.pending() ? pending : number(cell.points()));
                }
                record.add(number(r.points()));
                record.add(number(r.maxPoints()));
                record.add(BigDecimal.valueOf(r.percent())
                        .setScale(1, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString());
                record.add(
                        label(labels, "classroom.gradebook.status." + r.status().name()));
                record.add(
                        r.submittedAt() == null
                                ? ""
                                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.submittedAt()
                                        .truncatedTo(ChronoUnit.SECONDS)
                                        .atZone(assignment.zone())));
                record.add(r.late() ? yes : no);
                record.add(
                        r.timeSpent() == null
                                ? ""
                                : String.valueOf(Math.round(r.timeSpent().toSeconds() / 60.0)));
                csv.printRecord(record.stream().map(GradebookCsv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name =
                slug(assignment.className(), "class") + "-" + slug(assignment.title(), "assignment") + "-gradebook.csv";
        return new CsvExport(name, CONTENT_TYPE, bytes.toByteArray());
    }

    /**
     * A cell a spreadsheet shows as text: one starting with {@code = + - @}, a tab or a carriage return would be
     * run as a formula (display names are typed by students), so it gets a leading apostrophe. The check reads the
     * cell as spreadsheets may: NFKC-normalised (full-width {@code ＝ ＋ － ＠} become ASCII) and without leading
     * spaces of any kind ({@code U+00A0}, ideographic and zero-width spaces included).
     */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        if (first == '\t' || first == '\r') {
            return "'" + cell;
        }
        String normal = Normalizer.normalize(cell, Normalizer.Form.NFKC);
        int i = 0;
        while (i < normal.length() && blank(normal.codePointAt(i))) {
            i += Character.charCount(normal.codePointAt(i));
        }
        char start = i < normal.length() ? normal.charAt(i) : ' ';
        return start == '=' || start == '+' || start == '-' || start == '@' ? "'" + cell : cell;
    }

    /** A space a spreadsheet may skip before a formula: white space, any Unicode space, or an invisible format mark. */
    private static boolean blank(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint)
                || Character.getType(codePoint) == Character.FORMAT;
    }

    /** A file-name part: letters and digits of the text without accents, lower case, dashes between words. */
    static String slug(String text, String fallback) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? fallback : plain;
    }

    /** A number with a decimal point and no trailing zeros: {@code 1}, {@code 0.75}. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String label(ResourceBundle labels, String key, Object... args) {
        String pattern = labels.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, labels.getLocale()).format(args);
    }
}
