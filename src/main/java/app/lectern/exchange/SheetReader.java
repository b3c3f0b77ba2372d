package app.lectern.exchange;

import app.lectern.content.Evidence;
import app.lectern.content.QuestionBase;
import app.lectern.content.Skill;
import app.lectern.question.Option;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.cloze.ClozeText;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.open.RubricLevel;
import app.lectern.question.order.OrderItem;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.truefalse.TrueFalseQuestion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the {@link QuestionSheet} from CSV or XLSX. Every cell is checked; a problem names the sheet row (the
 * header is row 1) and the column, and a row with a problem is not imported.
 */
final class SheetReader {

    /** Longest text of one cell. */
    static final int MAX_CELL = 10_000;

    /** Most rows read, the header included. */
    static final int MAX_ROWS = 2_000;

    private static final Set<String> REQUIRED = Set.of("type", "prompt", "key");
    private static final Pattern RUBRIC = Pattern.compile("^\\s*(\\d+(?:[.,]\\d+)?)\\s*[:=-]\\s*(.+)$");

    static {
        // POI's own limits apply on top of SafeZip's checks; only ever tightened, as they are global
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 0.01));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), QuestionImport.MAX_UNCOMPRESSED_BYTES));
        ZipSecureFile.setMaxTextSize(Math.min(ZipSecureFile.getMaxTextSize(), QuestionImport.MAX_UNCOMPRESSED_BYTES));
    }

    private final Drafts out;

    private SheetReader(Drafts out) {
        this.out = out;
    }

    /** Reads a CSV sheet (comma or semicolon separated, UTF-8). */
    static ImportResult csv(String file, byte[] bytes, Set<String> taken) {
        Drafts out = new Drafts(file, taken);
        TextFile.decode(bytes, out).ifPresent(text -> new SheetReader(out).csv(text));
        return out.result();
    }

    /** Reads the first sheet of an XLSX workbook. */
    static ImportResult xlsx(String file, byte[] bytes, Set<String> taken) {
        Drafts out = new Drafts(file, taken);
        new SheetReader(out).xlsx(bytes);
        return out.result();
    }

    private void csv(String text) {
        int newline = text.indexOf('\n');
        String header = newline < 0 ? text : text.substring(0, newline);
        char delimiter = header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(
                new StringReader(text),
                CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    out.problem(rows.size() + 1, "more than " + MAX_ROWS + " rows: the rest was not read");
                    break;
                }
                rows.add(record.toList());
            }
        } catch (IOException | RuntimeException e) {
            out.problem(
                    rows.size() + 1,
                    "row " + (rows.size() + 1) + " is not valid CSV (" + e.getMessage() + "): the rest was not read");
        }
        rows(rows);
    }

    private void xlsx(byte[] bytes) {
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            out.problem(0, "an old Excel .xls workbook: save it as .xlsx (or CSV UTF-8)");
            return;
        }
        try {
            SafeZip.read(bytes);
        } catch (SafeZip.Refused e) {
            out.problem(0, "not a readable .xlsx workbook: " + e.getMessage());
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                out.problem(0, "the workbook has no sheet");
                return;
            }
            Sheet sheet = book.getSheetAt(0);
            int last = Math.min(sheet.getLastRowNum(), MAX_ROWS - 1);
            if (sheet.getLastRowNum() >= MAX_ROWS) {
                out.problem(MAX_ROWS + 1, "more than " + MAX_ROWS + " rows: the rest was not read");
            }
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    int width = Math.min(Math.max(row.getLastCellNum(), 0), 100);
                    for (int c = 0; c < width; c++) {
                        cells.add(text(row.getCell(c)));
                    }
                }
                rows.add(cells);
            }
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // POI signals broken and hostile workbooks with many unchecked exception types
            out.problem(
                    0,
                    "not a readable .xlsx workbook (" + e.getClass().getSimpleName() + "): save it again"
                            + " from your spreadsheet program, or as CSV UTF-8");
            return;
        }
        rows(rows);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    /** Checks the header, then reads every other non-empty row. */
    private void rows(List<List<String>> rows) {
        if (rows.isEmpty()) {
            out.problem(0, "the sheet is empty: the first row names the columns (download the template)");
            return;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> header = rows.getFirst();
        List<String> known =
                QuestionSheet.COLUMNS.stream().map(QuestionSheet.Column::name).toList();
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c)
                    .replace("\uFEFF", "")
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("[\\s_-]+", " ");
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                out.problem(
                        1,
                        "column " + letter(c) + ": unknown column '" + name + "' (the columns are: "
                                + String.join(", ", known) + "); ignored");
            } else if (columns.putIfAbsent(name, c) != null) {
                out.problem(1, "column " + letter(c) + ": the column '" + name + "' is there twice; the first is read");
            }
        }
        List<String> missing =
                REQUIRED.stream().filter(r -> !columns.containsKey(r)).sorted().toList();
        if (!missing.isEmpty()) {
            out.problem(
                    1,
                    "the header row lacks the column(s) " + String.join(", ", missing)
                            + ": is row 1 the header? (download the template)");
            return;
        }
        for (int r = 1; r < rows.size(); r++) {
            Map<String, String> cells = new HashMap<>();
            for (var e : columns.entrySet()) {
                List<String> row = rows.get(r);
                cells.put(
                        e.getKey(),
                        e.getValue() < row.size() ? row.get(e.getValue()).strip() : "");
            }
            if (cells.values().stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (out.full(r + 1)) {
                return;
            }
            new RowReader(r + 1, cells, columns).read();
        }
    }

    private static String letter(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /** One row: collects its cell problems, and adds its question only when there are none. */
    private final class RowReader {
        private final int row;
        private final Map<String, String> cells;
        private final Map<String, Integer> columns;
        private boolean failed;

        RowReader(int row, Map<String, String> cells, Map<String, Integer> columns) {
            this.row = row;
            this.cells = cells;
            this.columns = columns;
        }

        private void fail(String column, String message) {
            failed = true;
            Integer c = columns.get(column);
            out.problem(row, "column " + (c == null ? "" : letter(c) + " ") + "'" + column + "': " + message);
        }

        private String cell(String column) {
            String v = cells.getOrDefault(column, "");
            if (v.length() > MAX_CELL) {
                fail(column, v.length() + " characters; at most " + MAX_CELL);
                return "";
            }
            return v;
        }

        private String required(String column, String type) {
            String v = cell(column);
            if (v.isEmpty()) {
                fail(column, "empty; a " + type + " question needs it");
            }
            return v;
        }

        void read() {
            String type =
                    cell("type").toLowerCase(Locale.ROOT).replace(' ', '-').replace("truefalse", "true-false");
            String prompt = cell("prompt");
            if (prompt.isEmpty()) {
                fail("prompt", "empty; every question needs one");
            }
            Double points = null;
            String p = cell("points");
            if (!p.isEmpty()) {
                points = number(p);
                if (points == null || points <= 0) {
                    fail("points", "'" + p + "' is not a number above 0");
                }
            }
            Skill skill = null;
            String s = cell("skill");
            if (!s.isEmpty()) {
                String key = s.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s_]+", "-");
                for (Skill k : Skill.values()) {
                    if (k.key().equals(key)) {
                        skill = k;
                    }
                }
                if (skill == null) {
                    fail(
                            "skill",
                            "'" + s + "' is not one of recall, vocabulary, chronology, main-idea, inference,"
                                    + " sourcing");
                }
            }
            String evidence = cell("evidence");
            String explanation = cell("explanation");
            String hint = cell("hint");
            String givenId = cell("id");
            if (!type.isEmpty()) {
                build(
                        type,
                        prompt,
                        points,
                        skill,
                        explanation,
                        hint,
                        evidence.isEmpty() ? null : new Evidence(null, evidence),
                        givenId);
            } else if (type.isEmpty()) {
                fail("type", "empty; one of single, multiple, true-false, short, numeric, open, order, cloze");
            }
        }

        private void build(
                String type,
                String prompt,
                Double points,
                Skill skill,
                String explanation,
                String hint,
                Evidence evidence,
                String givenId) {
            switch (type) {
                case "single", "multiple" -> choice(type, prompt, points, skill, explanation, hint, evidence, givenId);
                case "true-false" -> {
                    String k = required("key", type).toLowerCase(Locale.ROOT);
                    Boolean answer = switch (k) {
                        case "true", "t", "yes", "1" -> true;
                        case "false", "f", "no", "0" -> false;
                        default -> null;
                    };
                    if (answer == null && !k.isEmpty()) {
                        fail("key", "'" + k + "' is not true or false");
                    }
                    unused(type, "options", "option feedback", "tolerance", "unit", "rubric");
                    if (!failed) {
                        out.add(new TrueFalseQuestion(
                                base(givenId, type, prompt, points, skill, explanation, hint, evidence), answer));
                    }
                }
                case "short" -> {
                    List<String> accept = entries(required("key", type));
                    unused(type, "options", "option feedback", "tolerance", "unit", "rubric");
                    if (!failed) {
                        out.add(new ShortQuestion(
                                base(givenId, type, prompt, points, skill, explanation, hint, evidence), accept, 0));
                    }
                }
                case "numeric" -> {
                    String k = required("key", type);
                    Double answer = number(k);
                    if (answer == null && !k.isEmpty()) {
                        fail("key", "'" + k + "' is not a number");
                    }
                    String t = cell("tolerance");
                    Double tolerance = t.isEmpty() ? null : number(t);
                    if (!t.isEmpty() && (tolerance == null || tolerance < 0)) {
                        fail("tolerance", "'" + t + "' is not a number of 0 or more");
                    }
                    String unit = cell("unit");
                    if (unit.length() > 40) {
                        fail("unit", "longer than 40 characters");
                    }
                    unused(type, "options", "option feedback", "rubric");
                    if (!failed) {
                        out.add(new NumericQuestion(
                                base(givenId, type, prompt, points, skill, explanation, hint, evidence),
                                answer,
                                tolerance,
                                unit.isEmpty() ? null : unit));
                    }
                }
                case "open" -> {
                    String model = required("key", type);
                    List<RubricLevel> rubric = new ArrayList<>();
                    for (String level : entries(cell("rubric"))) {
                        Matcher m = RUBRIC.matcher(level);
                        if (m.matches()) {
                            rubric.add(new RubricLevel(
                                    number(m.group(1)), m.group(2).strip()));
                        } else {
                            fail("rubric", "'" + level + "' is not written 'points: description'");
                        }
                    }
                    unused(type, "options", "option feedback", "tolerance", "unit");
                    if (!failed) {
                        QuestionBase base = base(givenId, type, prompt, points, skill, explanation, hint, evidence);
                        if (rubric.isEmpty()) {
                            out.note(out.file(), row, base.id(), "no rubric: add one in the editor");
                        }
                        out.add(new OpenQuestion(base, model, rubric));
                    }
                }
                case "order" -> {
                    List<String> items = entries(required("options", type));
                    unused(type, "key", "option feedback", "tolerance", "unit", "rubric");
                    if (!failed) {
                        List<OrderItem> list = new ArrayList<>();
                        for (int i = 0; i < items.size(); i++) {
                            list.add(new OrderItem(GiftParser.optionId(i), items.get(i)));
                        }
                        out.add(new OrderQuestion(
                                base(givenId, type, prompt, points, skill, explanation, hint, evidence), list));
                    }
                }
                case "cloze" -> {
                    String text = required("key", type);
                    try {
                        if (!text.isEmpty() && ClozeText.parse(text).blanks().isEmpty()) {
                            fail("key", "the cloze text has no blank: write each as [[answer]]");
                        }
                    } catch (IllegalArgumentException e) {
                        fail("key", e.getMessage());
                    }
                    unused(type, "option feedback", "tolerance", "unit", "rubric");
                    List<String> distractors = entries(cell("options"));
                    if (!failed) {
                        out.add(new ClozeQuestion(
                                base(givenId, type, prompt, points, skill, explanation, hint, evidence),
                                text,
                                !distractors.isEmpty(),
                                distractors));
                    }
                }
                default ->
                    fail(
                            "type",
                            "'" + type + "' is not one of single, multiple, true-false, short, numeric,"
                                    + " open, order, cloze");
            }
        }

        private void choice(
                String type,
                String prompt,
                Double points,
                Skill skill,
                String explanation,
                String hint,
                Evidence evidence,
                String givenId) {
            List<String> texts = entries(required("options", type));
            List<String> feedback = positional(cell("option feedback"));
            String k = required("key", type);
            if (!k.isEmpty() && !texts.isEmpty() && texts.size() < 2) {
                fail("options", "only one option: write them one per line or separated by |");
            }
            if (feedback.size() > texts.size()) {
                fail("option feedback", feedback.size() + " entries for " + texts.size() + " options");
            }
            List<String> keys = new ArrayList<>();
            List<String> entries;
            if (k.matches("[A-Za-z]((\\s*[,;]\\s*|\\s+)[A-Za-z])*")) {
                entries = k.chars()
                        .filter(Character::isLetter)
                        .mapToObj(Character::toString)
                        .toList();
            } else if (k.contains("\n") || k.contains("|")) {
                entries = entries(k);
            } else {
                entries = List.of(k.split("\\s*[,;]\\s*"));
            }
            for (String entry : k.isEmpty() ? List.<String>of() : entries) {
                int index = keyIndex(entry.strip(), texts);
                if (index < 0) {
                    fail(
                            "key",
                            "'" + entry.strip() + "' is not an option letter (A–"
                                    + GiftParser.optionId(Math.max(texts.size() - 1, 0))
                                            .toUpperCase(Locale.ROOT)
                                    + ") or an option's text");
                } else if (!keys.contains(GiftParser.optionId(index))) {
                    keys.add(GiftParser.optionId(index));
                }
            }
            if (type.equals("single") && keys.size() > 1) {
                fail("key", "a single question has one right option; use the type multiple for more");
            }
            unused(type, "tolerance", "unit", "rubric");
            if (failed) {
                return;
            }
            List<Option> options = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                String fb = i < feedback.size() ? Drafts.blankToNull(feedback.get(i)) : null;
                options.add(new Option(GiftParser.optionId(i), texts.get(i), fb));
            }
            QuestionBase base = base(givenId, type, prompt, points, skill, explanation, hint, evidence);
            out.add(
                    type.equals("single")
                            ? new SingleQuestion(base, options, keys.getFirst())
                            : new MultipleQuestion(base, options, keys));
        }

        private int keyIndex(String entry, List<String> texts) {
            if (entry.length() == 1 && Character.isLetter(entry.charAt(0))) {
                int i = Character.toUpperCase(entry.charAt(0)) - 'A';
                return i < texts.size() ? i : -1;
            }
            return texts.indexOf(entry);
        }

        private void unused(String type, String... names) {
            for (String name : names) {
                if (!cells.getOrDefault(name, "").isEmpty()) {
                    out.note(out.file() + ":" + row + ": the column '" + name + "' is not used by a " + type
                            + " question and was ignored");
                }
            }
        }

        private QuestionBase base(
                String givenId,
                String type,
                String prompt,
                Double points,
                Skill skill,
                String explanation,
                String hint,
                Evidence evidence) {
            String id = out.givenId(givenId.isEmpty() ? null : givenId, prompt, out.file(), row);
            return out.base(id, type, prompt, points, skill, explanation, hint, evidence);
        }
    }

    /** The entries of a list cell: one per line when it has line breaks, else separated by {@code |}; blanks dropped. */
    static List<String> entries(String cell) {
        return positional(cell).stream().filter(s -> !s.isEmpty()).toList();
    }

    /** As {@link #entries}, keeping empty entries so that positions count (option feedback). */
    static List<String> positional(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        String[] parts = cell.split(cell.contains("\n") ? "\n" : "\\|", -1);
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            out.add(part.strip());
        }
        return out;
    }

    /** A number written with a decimal point, or a decimal comma when there is no point; {@code null} if none. */
    static Double number(String s) {
        String t = s.strip();
        if (t.indexOf('.') < 0 && t.chars().filter(c -> c == ',').count() == 1) {
            t = t.replace(',', '.');
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
