package app.lectern.i18n;

import static app.lectern.i18n.PluralRules.Category.FEW;
import static app.lectern.i18n.PluralRules.Category.MANY;
import static app.lectern.i18n.PluralRules.Category.ONE;
import static app.lectern.i18n.PluralRules.Category.OTHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluralRulesTest {

    @ParameterizedTest
    @CsvSource({
        "0, MANY",
        "1, ONE",
        "2, FEW",
        "4, FEW",
        "5, MANY",
        "11, MANY",
        "12, MANY",
        "14, MANY",
        "21, ONE",
        "22, FEW",
        "25, MANY",
        "101, ONE",
        "111, MANY",
        "112, MANY",
        "1001, ONE",
        "-3, FEW"
    })
    void ukrainianWholeNumbers(long n, PluralRules.Category expected) {
        assertThat(PluralRules.select(Languages.UKRAINIAN, n)).isEqualTo(expected);
        assertThat(PluralRules.select(Locale.forLanguageTag("uk-UA"), (int) n)).isEqualTo(expected);
    }

    @Test
    void fractionsAreOtherButWholeDecimalsAreWhole() {
        assertThat(PluralRules.select(Languages.UKRAINIAN, 2.5)).isEqualTo(OTHER);
        assertThat(PluralRules.select(Languages.UKRAINIAN, new BigDecimal("1.5")))
                .isEqualTo(OTHER);
        assertThat(PluralRules.select(Languages.UKRAINIAN, 2.0)).isEqualTo(FEW);
        assertThat(PluralRules.select(Locale.ENGLISH, 1.5)).isEqualTo(OTHER);
    }

    @Test
    void englishHasOneAndOther() {
        assertThat(PluralRules.select(Locale.ENGLISH, 1)).isEqualTo(ONE);
        assertThat(PluralRules.select(Locale.ENGLISH, 0)).isEqualTo(OTHER);
        assertThat(PluralRules.select(Locale.ENGLISH, 21)).isEqualTo(OTHER);
        assertThat(PluralRules.select(Locale.ENGLISH, null)).isEqualTo(OTHER);
        assertThat(PluralRules.categories(Locale.ENGLISH)).containsExactly(ONE, OTHER);
        assertThat(PluralRules.categories(Languages.UKRAINIAN)).containsExactly(ONE, FEW, MANY, OTHER);
    }
}
