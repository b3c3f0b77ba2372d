package app.lectern.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private static final List<Locale> OFFERED = Languages.PROVIDED;

    @Test
    void theCookieWinsWhenItNamesAnOfferedLanguage() {
        assertThat(Languages.choose("uk", List.of(Locale.ENGLISH), OFFERED)).isEqualTo(Languages.UKRAINIAN);
        assertThat(Languages.choose("en", List.of(Languages.UKRAINIAN), OFFERED))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void aHostileCookieIsIgnored() {
        for (String bad : new String[] {"de", "uk;x", "<script>", "x".repeat(5000), "", "en-XA"}) {
            assertThat(Languages.choose(bad, List.of(), OFFERED)).isEqualTo(Locale.ENGLISH);
        }
        assertThat(Languages.parse(null, OFFERED)).isEmpty();
    }

    @Test
    void acceptLanguageDecidesWithoutACookie() {
        assertThat(Languages.choose(null, List.of(Locale.forLanguageTag("uk-UA"), Locale.ENGLISH), OFFERED))
                .isEqualTo(Languages.UKRAINIAN);
        assertThat(Languages.choose(null, List.of(Locale.GERMAN, Locale.forLanguageTag("uk")), OFFERED))
                .isEqualTo(Languages.UKRAINIAN);
        assertThat(Languages.choose(null, List.of(Locale.forLanguageTag("en-GB"), Languages.UKRAINIAN), OFFERED))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(null, List.of(Locale.FRENCH), OFFERED)).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.choose(null, List.of(), OFFERED)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void pseudoLocalesOnlyWhenOfferedAndOnlyByExactTag() {
        List<Locale> withPseudo = new java.util.ArrayList<>(OFFERED);
        withPseudo.addAll(PseudoLocales.ALL);
        assertThat(Languages.choose("en-XA", List.of(), withPseudo)).isEqualTo(PseudoLocales.ACCENTED);
        assertThat(Languages.choose("ar-xb", List.of(), withPseudo)).isEqualTo(PseudoLocales.RIGHT_TO_LEFT);
        assertThat(Languages.choose(null, List.of(Locale.forLanguageTag("ar-EG")), withPseudo))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void namesAreInTheLanguageItself() {
        assertThat(Languages.nativeName(Locale.ENGLISH)).isEqualTo("English");
        assertThat(Languages.nativeName(Languages.UKRAINIAN)).isEqualTo("Українська");
    }
}
