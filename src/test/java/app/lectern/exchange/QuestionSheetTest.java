package app.lectern.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.content.Question;
import app.lectern.content.Skill;
import app.lectern.question.Option;
import app.lectern.question.cloze.ClozeQuestion;
import app.lectern.question.multiple.MultipleQuestion;
import app.lectern.question.numeric.NumericQuestion;
import app.lectern.question.open.OpenQuestion;
import app.lectern.question.open.RubricLevel;
import app.lectern.question.order.OrderItem;
import app.lectern.question.order.OrderQuestion;
import app.lectern.question.shortanswer.ShortQuestion;
import app.lectern.question.single.SingleQuestion;
import app.lectern.question.truefalse.TrueFalseQuestion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class QuestionSheetTest {

    private final ImportResult csv =
            QuestionImport.read(Format.CSV, "sheet.csv", Fixtures.bytes("sheet.csv"), Set.of());

    @Test
    void everyTypeOfTheSheetIsRead() {
        assertThat(csv.questions())
                .extracting(q -> q.base().type())
                .containsExactly("single", "multiple", "true-false", "short", "numeric", "open", "order", "cloze");
        SingleQuestion single = (SingleQuestion) csv.questions().get(0);
        assertThat(single.options()).extracting(Option::text).containsExactly("Seine", "Rhine", "Danube");
        assertThat(single.options())
                .extracting(Option::feedback)
                .containsExactly("Right.", "The Rhine flows along the border.", null);
        assertThat(single.answer()).isEqualTo("a");
        assertThat(single.base().hint()).isEqualTo("Think of boats.");
        assertThat(single.base().explanation()).isEqualTo("Paris lies on the Seine.");
        MultipleQuestion multiple = (MultipleQuestion) csv.questions().get(1);
        assertThat(multiple.id()).isEqualTo("colours");
        assertThat(multiple.options()).extracting(Option::text).containsExactly("Red", "Green", "Blue");
        assertThat(multiple.points()).isEqualTo(2.0);
        TrueFalseQuestion tf = (TrueFalseQuestion) csv.questions().get(2);
        assertThat(tf.answer()).isTrue();
        assertThat(tf.skill()).isEqualTo(Skill.MAIN_IDEA);
        assertThat(((ShortQuestion) csv.questions().get(3)).accept()).containsExactly("Tokyo", "Tōkyō");
        NumericQuestion numeric = (NumericQuestion) csv.questions().get(4);
        assertThat(numeric.answer()).isEqualTo(366.0);
        assertThat(numeric.tolerance()).isEqualTo(0.5);
        assertThat(numeric.unit()).isEqualTo("days");
        OpenQuestion open = (OpenQuestion) csv.questions().get(5);
        assertThat(open.modelAnswer()).isEqualTo("The axis is tilted.");
        assertThat(open.rubric())
                .containsExactly(new RubricLevel(2.0, "names the tilt"), new RubricLevel(1.0, "links it to sunlight"));
        assertThat(((OrderQuestion) csv.questions().get(6)).items())
                .extracting(OrderItem::text)
                .containsExactly("Plan", "Write", "Revise");
        assertThat(((ClozeQuestion) csv.questions().get(7)).text())
                .isEqualTo("The [[Seine|Seine river]] flows through Paris.");
    }

    @Test
    void everyBadCellIsReportedWithRowAndColumn() {
        assertThat(csv.problems())
                .extracting(ImportProblem::toString)
                .containsExactly(
                        "sheet.csv:10: column E 'key': 'E' is not an option letter (A–B) or an option's text",
                        "sheet.csv:11: column C 'prompt': empty; every question needs one",
                        "sheet.csv:12: column M 'points': '-1' is not a number above 0",
                        "sheet.csv:12: column E 'key': 'maybe' is not true or false",
                        "sheet.csv:13: column E 'key': 'far' is not a number",
                        "sheet.csv:13: column G 'tolerance': '-2' is not a number of 0 or more",
                        "sheet.csv:14: column A 'type': 'essay' is not one of single, multiple, true-false, short,"
                                + " numeric, open, order, cloze",
                        "sheet.csv:15: column L 'skill': 'cleverness' is not one of recall, vocabulary, chronology,"
                                + " main-idea, inference, sourcing",
                        "sheet.csv:17: column I 'rubric': 'lots of points' is not written 'points: description'");
    }

    @Test
    void theHeaderIsChecked() {
        ImportResult r = read("type,prompt,answer\nsingle,Q,A\n");
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems())
                .extracting(ImportProblem::message)
                .anyMatch(m -> m.contains("unknown column 'answer'"))
                .anyMatch(m -> m.contains("lacks the column(s) key"));
    }

    @Test
    void semicolonSeparatedSheetsFromEuropeanExcelAreRead() {
        ImportResult r = read("type;prompt;key;explanation\nnumeric;How much?;2,5;Half of five.\n");
        assertThat(r.problems()).isEmpty();
        assertThat(((NumericQuestion) r.questions().getFirst()).answer()).isEqualTo(2.5);
    }

    @Test
    void theCsvTemplateImportsWithoutProblems() {
        ImportResult r = QuestionImport.read(Format.CSV, "template.csv", QuestionSheet.templateCsv(), Set.of());
        assertThat(r.problems()).isEmpty();
        assertThat(r.questions())
                .extracting(q -> q.base().type())
                .containsExactly("single", "multiple", "true-false", "short", "numeric", "open");
    }

    @Test
    void theXlsxTemplateImportsLikeTheCsvTemplate() {
        ImportResult fromCsv = QuestionImport.read(Format.CSV, "t.csv", QuestionSheet.templateCsv(), Set.of());
        ImportResult fromXlsx = QuestionImport.read(Format.XLSX, "t.xlsx", QuestionSheet.templateXlsx(), Set.of());
        assertThat(fromXlsx.problems()).isEmpty();
        assertThat(fromXlsx.questions()).isEqualTo(fromCsv.questions());
    }

    @Test
    void numbersAndBooleansTypedAsSuchInExcelAreRead() throws IOException {
        byte[] xlsx = workbook(
                List.of("type", "prompt", "key", "points", "explanation"),
                List.of("numeric", "How many?", 42.0, 2.0, "Because."),
                List.of("true-false", "True?", true, "", "Yes."));
        ImportResult r = QuestionImport.read(Format.XLSX, "n.xlsx", xlsx, Set.of());
        assertThat(r.problems()).isEmpty();
        NumericQuestion n = (NumericQuestion) r.questions().get(0);
        assertThat(n.answer()).isEqualTo(42.0);
        assertThat(n.points()).isEqualTo(2.0);
        assertThat(((TrueFalseQuestion) r.questions().get(1)).answer()).isTrue();
        // the sheet row of a problem counts the header as row 1
        byte[] bad = workbook(List.of("type", "prompt", "key"), List.of("numeric", "Q", "lots"));
        assertThat(QuestionImport.read(Format.XLSX, "b.xlsx", bad, Set.of()).problems())
                .extracting(ImportProblem::toString)
                .containsExactly("b.xlsx:2: column C 'key': 'lots' is not a number");
    }

    @Test
    void brokenAndForeignWorkbooksEndInAProblem() {
        byte[] template = QuestionSheet.templateXlsx();
        byte[] truncated = Arrays.copyOf(template, template.length / 2);
        assertThat(QuestionImport.read(Format.XLSX, "cut.xlsx", truncated, Set.of())
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not a readable .xlsx workbook"));
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThat(QuestionImport.read(Format.XLSX, "old.xls", xls, Set.of())
                        .problems()
                        .getFirst()
                        .message())
                .contains("old Excel .xls");
        assertThat(QuestionImport.read(Format.XLSX, "text.xlsx", "hello".getBytes(StandardCharsets.UTF_8), Set.of())
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not a readable .xlsx workbook"));
        // a zip that is no workbook
        assertThat(QuestionImport.read(Format.XLSX, "z.xlsx", HostileFiles.zip("a.txt", new byte[10]), Set.of())
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("not a readable .xlsx workbook"));
    }

    @Test
    void aZipBombDisguisedAsAWorkbookIsRefusedBeforePoiOpensIt() {
        ImportResult r = QuestionImport.read(Format.XLSX, "bomb.xlsx", HostileFiles.zipBomb(), Set.of());
        assertThat(r.questions()).isEmpty();
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("zip bomb"));
    }

    @Test
    void givenIdsThatAreTakenAreRenamedWithANote() {
        ImportResult r = QuestionImport.read(
                Format.CSV,
                "s.csv",
                "type,id,prompt,key,explanation\nshort,capital,Capital?,Paris,x\nshort,Bad Id,Other?,x,y\n"
                        .getBytes(StandardCharsets.UTF_8),
                Set.of("capital"));
        assertThat(r.questions()).extracting(Question::id).containsExactly("capital-2", "bad-id");
        assertThat(r.notes()).anyMatch(n -> n.contains("the id 'capital' is taken or not a slug"));
    }

    private static ImportResult read(String csv) {
        return QuestionImport.read(Format.CSV, "s.csv", csv.getBytes(StandardCharsets.UTF_8), Set.of());
    }

    @SafeVarargs
    private static byte[] workbook(List<Object>... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet();
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    Object v = rows[r].get(c);
                    switch (v) {
                        case Double d -> row.createCell(c).setCellValue(d);
                        case Boolean b -> row.createCell(c).setCellValue(b);
                        default -> row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
