package app.lectern.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.reading.ReadingSettings.ColumnWidth;
import app.lectern.reading.ReadingSettings.Font;
import app.lectern.reading.ReadingSettings.Theme;
import org.junit.jupiter.api.Test;

class ReadingSettingsTest {

    @Test
    void theDefaultsAreTheReaderAsItAlwaysLooked() {
        ReadingSettings d = ReadingSettings.DEFAULTS;
        assertThat(d.textSize()).isEqualTo(100);
        assertThat(d.font()).isEqualTo(Font.DEFAULT);
        assertThat(d.theme()).isEqualTo(Theme.SYSTEM);
        assertThat(d.width()).isEqualTo(ColumnWidth.MEDIUM);
        assertThat(d.letterSpacing()).isZero();
    }

    @Test
    void theLargestValuesReachWcagTextSpacing() {
        ReadingSettings max = ReadingSettings.largest(Font.OPENDYSLEXIC, Theme.DARK);
        assertThat(max.lineSpacing()).isGreaterThanOrEqualTo(150);
        assertThat(max.paragraphSpacing()).isGreaterThanOrEqualTo(200);
        assertThat(max.letterSpacing()).isGreaterThanOrEqualTo(12);
        assertThat(max.wordSpacing()).isGreaterThanOrEqualTo(16);
        assertThat(max.textSize()).isEqualTo(200);
    }

    @Test
    void everyNumberOutOfItsRangeIsRefusedWithItsName() {
        assertThatThrownBy(() -> ReadingSettings.DEFAULTS.withTextSize(99))
                .isInstanceOf(ReadingSettingsException.class)
                .hasMessageContaining("textSize must be between 100 and 200, not 99");
        assertThatThrownBy(() -> ReadingSettings.DEFAULTS.withTextSize(Integer.MAX_VALUE))
                .hasMessageContaining("textSize");
        assertThatThrownBy(() -> ReadingSettings.DEFAULTS.withLineSpacing(149)).hasMessageContaining("lineSpacing");
        assertThatThrownBy(() -> ReadingSettings.DEFAULTS.withLetterSpacing(-1)).hasMessageContaining("letterSpacing");
        assertThatThrownBy(() -> ReadingSettings.DEFAULTS.withWordSpacing(17)).hasMessageContaining("wordSpacing");
        assertThatThrownBy(() -> ReadingSettings.DEFAULTS.withParagraphSpacing(201))
                .hasMessageContaining("paragraphSpacing");
        assertThatThrownBy(() -> ReadingSettings.DEFAULTS.withSpeechRate(1000)).hasMessageContaining("speechRate");
        assertThatThrownBy(() -> ReadingSettings.DEFAULTS.withSpeechRate(0)).hasMessageContaining("speechRate");
    }

    @Test
    void theRefusalCarriesItsKeyAndArguments() {
        ReadingSettingsException e = (ReadingSettingsException)
                org.assertj.core.api.Assertions.catchThrowable(() -> ReadingSettings.DEFAULTS.withTextSize(500));
        assertThat(e.key()).isEqualTo("reading.invalid.range");
        assertThat(e.args()).containsExactly("textSize", 100, 200, 500);
    }

    @Test
    void aMissingChoiceIsRefused() {
        assertThatThrownBy(() -> ReadingSettings.DEFAULTS.withFont(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ReadingSettings.DEFAULTS.withTheme(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ReadingSettings.DEFAULTS.withWidth(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void namesAreReadBackAndUnknownOnesRefusedClearly() {
        for (Font f : Font.values()) {
            assertThat(Font.fromId(f.id())).isEqualTo(f);
        }
        assertThat(Font.fromId("opendyslexic")).isEqualTo(Font.OPENDYSLEXIC);
        assertThat(Font.fromId("atkinson-hyperlegible")).isEqualTo(Font.ATKINSON_HYPERLEGIBLE);
        assertThat(Theme.fromId("sepia")).isEqualTo(Theme.SEPIA);
        assertThat(ColumnWidth.fromId("narrow")).isEqualTo(ColumnWidth.NARROW);
        assertThatThrownBy(() -> Font.fromId("comic-sans"))
                .isInstanceOf(ReadingSettingsException.class)
                .hasMessage("Unknown font 'comic-sans'; choose one of: default, atkinson-hyperlegible, lexend,"
                        + " opendyslexic");
        assertThatThrownBy(() -> Font.fromId("OPENDYSLEXIC")).hasMessageContaining("Unknown font");
        assertThatThrownBy(() -> Theme.fromId(null)).hasMessageContaining("Unknown theme ''");
        assertThatThrownBy(() -> ColumnWidth.fromId("</select><script>")).hasMessageContaining("Unknown width");
    }

    @Test
    void aHostileNameIsNotEchoedWhole() {
        String huge = "x".repeat(10_000);
        assertThatThrownBy(() -> Font.fromId(huge))
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
    }
}
