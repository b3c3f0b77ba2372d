package app.lectern.reader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Number and date formatting shared by the reader's views. */
public final class Formats {

    private Formats() {}

    /** Points without a needless fraction: {@code 1}, {@code 1.5}, {@code 0.33}. */
    public static String points(double points) {
        BigDecimal rounded =
                BigDecimal.valueOf(Math.round(points * 100) / 100.0).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    /** A whole percentage of a fraction 0..1. */
    public static long percent(double fraction) {
        return Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    }

    /** A content date ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}) as a reader would write it. */
    public static String partialDate(String date, Locale locale) {
        if (date == null) {
            return "";
        }
        try {
            return switch (date.length()) {
                case 7 -> YearMonth.parse(date).format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
                case 10 ->
                    LocalDate.parse(date)
                            .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                    .withLocale(locale));
                default -> date;
            };
        } catch (RuntimeException e) {
            return date;
        }
    }
}
