package app.lectern.classroom.gradebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV formula guard: a cell a spreadsheet would run as a formula gets a leading apostrophe, also when the
 * formula hides behind Unicode spaces or full-width signs that spreadsheets fold to their ASCII forms.
 */
class GradebookCsvFormulaGuardTest {

    @Test
    void asciiFormulaStartsAreGuarded() {
        for (String cell : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertThat(GradebookCsv.safe(cell)).as(cell).isEqualTo("'" + cell);
        }
    }

    @Test
    void leadingSpacesOfEveryKindDoNotHideAFormula() {
        for (String space : List.of(
                " ", "  ", "\u00A0", "\u2007", "\u202F", "\u3000", "\u2003", "\u200B", "\uFEFF", "\n", " \u00A0\t")) {
            String cell = space + "=HYPERLINK(\"http://x\")";
            assertThat(GradebookCsv.safe(cell))
                    .as("U+%04X", (int) space.charAt(0))
                    .isEqualTo("'" + cell);
        }
    }

    @Test
    void fullWidthAndCompatibilitySignsAreGuarded() {
        for (String cell : List.of("\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)", "\uFE661+1", "\u00A0\uFF1DA1")) {
            assertThat(GradebookCsv.safe(cell)).as(cell).isEqualTo("'" + cell);
        }
    }

    @Test
    void ordinaryNamesAndEmptyCellsStayAsTheyAre() {
        for (String cell : List.of("Zora Quillfeather", "Ana-María", "O'Neil", "3.5", "  Lee", "\uFF21nna", "")) {
            assertThat(GradebookCsv.safe(cell)).as(cell).isEqualTo(cell);
        }
        assertThat(GradebookCsv.safe(null)).isNull();
    }
}
