package app.lectern.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void pointsDropNeedlessFractions() {
        assertThat(Formats.points(1.0)).isEqualTo("1");
        assertThat(Formats.points(10.0)).isEqualTo("10");
        assertThat(Formats.points(1.5)).isEqualTo("1.5");
        assertThat(Formats.points(2.0 / 3)).isEqualTo("0.67");
    }

    @Test
    void partialDatesReadAsWords() {
        assertThat(Formats.partialDate("2022-02", Locale.ENGLISH)).isEqualTo("February 2022");
        assertThat(Formats.partialDate("2025", Locale.ENGLISH)).isEqualTo("2025");
        assertThat(Formats.partialDate("2025-04-03", Locale.ENGLISH)).isEqualTo("April 3, 2025");
    }
}
