package app.lectern.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Lectern question sheet: one question per row, one column per field, a header row naming the columns (in any
 * order, case and spacing ignored). The same layout is read from CSV and XLSX by {@link QuestionImport#read}; the
 * templates here are what a "download template" button offers.
 */
public final class QuestionSheet {

    /**
     * A column of the sheet.
     *
     * @param name the header text
     * @param help what the column holds, as the template's help sheet and the docs say it
     */
    public record Column(String name, String help) {}

    /** Every column, in the template's order. Only {@code type}, {@code prompt} and {@code key} must be present. */
    public static final List<Column> COLUMNS = List.of(
            new Column("type", "single, multiple, true-false, short, numeric, open, order or cloze (required)"),
            new Column("id", "optional slug (a-z, 0-9, dashes); made from the prompt when empty or taken"),
            new Column("prompt", "the question (required)"),
            new Column(
                    "options",
                    "single/multiple: the options; order: the items in the right order. One per"
                            + " line in the cell, or separated by |"),
            new Column(
                    "key",
                    "single: the letter (A) or text of the right option; multiple: letters separated by"
                            + " commas (A, C); true-false: true or false; short: accepted answers, one per line or"
                            + " separated by |; numeric: the number; open: the model answer; cloze: the text with blanks"
                            + " [[answer]]; order: leave empty"),
            new Column(
                    "option feedback",
                    "single/multiple: feedback per option, in the options' order and with"
                            + " the same separator (leave an entry empty for none)"),
            new Column("tolerance", "numeric: how far an answer may be off (default 0)"),
            new Column("unit", "numeric: the unit shown after the input (optional)"),
            new Column("rubric", "open: one level per line or separated by |, written points: description"),
            new Column("explanation", "shown after answering; required for every type but open"),
            new Column("hint", "optional"),
            new Column("skill", "recall (default), vocabulary, chronology, main-idea, inference or sourcing"),
            new Column("points", "a number above 0 (default 1)"),
            new Column("evidence", "optional: the exact words of the section that hold the answer"));

    private static final List<List<String>> EXAMPLES = List.of(
            List.of(
                    "single",
                    "",
                    "Which river flows through Paris?",
                    "Seine | Rhine | Danube",
                    "A",
                    "Right. | The Rhine flows along the German border. |",
                    "",
                    "",
                    "",
                    "Paris lies on the Seine.",
                    "",
                    "recall",
                    "1",
                    ""),
            List.of(
                    "multiple",
                    "",
                    "Which of these are primary colours?",
                    "Red | Green | Blue | Yellow",
                    "A, C",
                    "",
                    "",
                    "",
                    "",
                    "Red and blue (with yellow in paint) are primary colours.",
                    "",
                    "",
                    "1",
                    ""),
            List.of(
                    "true-false",
                    "",
                    "Water boils at 100 °C at sea level.",
                    "",
                    "true",
                    "",
                    "",
                    "",
                    "",
                    "At normal air pressure it does.",
                    "",
                    "",
                    "",
                    ""),
            List.of(
                    "short",
                    "",
                    "What is the capital of Japan?",
                    "",
                    "Tokyo | Tōkyō",
                    "",
                    "",
                    "",
                    "",
                    "Tokyo has been the capital since 1869.",
                    "",
                    "",
                    "",
                    ""),
            List.of(
                    "numeric",
                    "",
                    "How many days has a leap year?",
                    "",
                    "366",
                    "",
                    "0",
                    "days",
                    "",
                    "February has 29 days in a leap year.",
                    "",
                    "",
                    "",
                    ""),
            List.of(
                    "open",
                    "",
                    "Why do seasons change?",
                    "",
                    "The Earth's axis is tilted, so …",
                    "",
                    "",
                    "",
                    "2: names the tilted axis | 1: relates it to the angle of sunlight",
                    "",
                    "",
                    "inference",
                    "2",
                    ""));

    private QuestionSheet() {}

    /** The header row and one example row per type, as UTF-8 CSV with a byte order mark (Excel then reads UTF-8). */
    public static byte[] templateCsv() {
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(COLUMNS.stream().map(Column::name).toList());
            for (List<String> row : EXAMPLES) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The template as a workbook: the sheet "questions" (header and examples) and a sheet "help" per column. */
    public static byte[] templateXlsx() {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet sheet = book.createSheet("questions");
            Row header = sheet.createRow(0);
            for (int c = 0; c < COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(COLUMNS.get(c).name());
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < EXAMPLES.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> values = EXAMPLES.get(r);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            Sheet help = book.createSheet("help");
            for (int c = 0; c < COLUMNS.size(); c++) {
                Row row = help.createRow(c);
                row.createCell(0).setCellValue(COLUMNS.get(c).name());
                row.getCell(0).setCellStyle(bold);
                row.createCell(1).setCellValue(COLUMNS.get(c).help());
            }
            help.setColumnWidth(0, 18 * 256);
            help.setColumnWidth(1, 120 * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
