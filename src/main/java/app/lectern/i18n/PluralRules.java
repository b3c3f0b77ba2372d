package app.lectern.i18n;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The CLDR plural category of a number in a language, for the languages Lectern speaks: English ({@code one} for
 * exactly 1, else {@code other}) and Ukrainian ({@code one}, {@code few}, {@code many}; fractions are {@code
 * other}). Any other language is treated like English. A whole number written as a decimal (2.0) counts as
 * whole: the bundles print such numbers without their zeros.
 */
public final class PluralRules {

    /** A CLDR plural category; {@link #key()} is the suffix of a plural variant's bundle key. */
    public enum Category {
        /** 1 in English; 1, 21, 31, … in Ukrainian. */
        ONE,
        /** 2–4, 22–24, … in Ukrainian. */
        FEW,
        /** 0, 5–20, 25–30, … in Ukrainian. */
        MANY,
        /** Everything else, and every fraction. */
        OTHER;

        /** The key suffix: {@code one}, {@code few}, {@code many} or {@code other}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private PluralRules() {}

    /** The categories a language's translations must cover. */
    public static java.util.List<Category> categories(Locale locale) {
        return "uk".equals(language(locale))
                ? java.util.List.of(Category.ONE, Category.FEW, Category.MANY, Category.OTHER)
                : java.util.List.of(Category.ONE, Category.OTHER);
    }

    /** The category of {@code number} in {@code locale}'s language. */
    public static Category select(Locale locale, Number number) {
        BigDecimal n = decimal(number);
        if (n == null) {
            return Category.OTHER;
        }
        boolean integer = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
        if (!integer) {
            return Category.OTHER;
        }
        long i = n.abs().longValue();
        if (!"uk".equals(language(locale))) {
            return i == 1 ? Category.ONE : Category.OTHER;
        }
        long mod10 = i % 10;
        long mod100 = i % 100;
        if (mod10 == 1 && mod100 != 11) {
            return Category.ONE;
        }
        if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
            return Category.FEW;
        }
        return Category.MANY;
    }

    private static String language(Locale locale) {
        return locale == null ? "en" : locale.getLanguage();
    }

    private static BigDecimal decimal(Number number) {
        if (number == null) {
            return null;
        }
        if (number instanceof BigDecimal b) {
            return b;
        }
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
        }
        return new BigDecimal(number.toString());
    }
}
