package app.lectern.reading;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One learner's display settings and read-aloud speed. Every value is checked here, whatever sent it: a number out
 * of its range or an unknown name is refused with a {@link ReadingSettingsException}, never stored.
 *
 * <p>The largest values reach WCAG 1.4.12 (text spacing): line height 1.5 or more, paragraph spacing 2 times the
 * font size, letter spacing 0.12 em and word spacing 0.16 em.
 *
 * @param textSize text size in percent of the reader's normal size, {@value #MIN_TEXT_SIZE}–{@value
 *     #MAX_TEXT_SIZE}
 * @param lineSpacing line height in percent of the font size, {@value #MIN_LINE_SPACING}–{@value
 *     #MAX_LINE_SPACING}
 * @param letterSpacing letter spacing in hundredths of an em, 0–{@value #MAX_LETTER_SPACING}
 * @param wordSpacing word spacing in hundredths of an em, 0–{@value #MAX_WORD_SPACING}
 * @param paragraphSpacing space after a paragraph in percent of the font size, {@value
 *     #MIN_PARAGRAPH_SPACING}–{@value #MAX_PARAGRAPH_SPACING}
 * @param width the width of the text column
 * @param font the font of the text
 * @param theme light, dark, sepia or as the device says
 * @param speechRate read-aloud speed in percent of the voice's normal rate, {@value #MIN_SPEECH_RATE}–{@value
 *     #MAX_SPEECH_RATE}
 */
public record ReadingSettings(
        int textSize,
        int lineSpacing,
        int letterSpacing,
        int wordSpacing,
        int paragraphSpacing,
        ColumnWidth width,
        Font font,
        Theme theme,
        int speechRate) {

    public static final int MIN_TEXT_SIZE = 100;
    public static final int MAX_TEXT_SIZE = 200;
    public static final int MIN_LINE_SPACING = 150;
    public static final int MAX_LINE_SPACING = 250;
    public static final int MAX_LETTER_SPACING = 12;
    public static final int MAX_WORD_SPACING = 16;
    public static final int MIN_PARAGRAPH_SPACING = 100;
    public static final int MAX_PARAGRAPH_SPACING = 200;
    public static final int MIN_SPEECH_RATE = 50;
    public static final int MAX_SPEECH_RATE = 200;

    /** What a learner who never changed anything gets: the reader as it always looked. */
    public static final ReadingSettings DEFAULTS =
            new ReadingSettings(100, 160, 0, 0, 100, ColumnWidth.MEDIUM, Font.DEFAULT, Theme.SYSTEM, 100);

    /** The longest name quoted back in a message: a hostile value is not echoed whole. */
    private static final int QUOTED = 40;

    /** Refuses any value out of its range, and a missing choice. */
    public ReadingSettings {
        range("textSize", textSize, MIN_TEXT_SIZE, MAX_TEXT_SIZE);
        range("lineSpacing", lineSpacing, MIN_LINE_SPACING, MAX_LINE_SPACING);
        range("letterSpacing", letterSpacing, 0, MAX_LETTER_SPACING);
        range("wordSpacing", wordSpacing, 0, MAX_WORD_SPACING);
        range("paragraphSpacing", paragraphSpacing, MIN_PARAGRAPH_SPACING, MAX_PARAGRAPH_SPACING);
        range("speechRate", speechRate, MIN_SPEECH_RATE, MAX_SPEECH_RATE);
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(theme, "theme");
    }

    /** These settings with another text size. */
    public ReadingSettings withTextSize(int value) {
        return new ReadingSettings(
                value, lineSpacing, letterSpacing, wordSpacing, paragraphSpacing, width, font, theme, speechRate);
    }

    /** These settings with another line spacing. */
    public ReadingSettings withLineSpacing(int value) {
        return new ReadingSettings(
                textSize, value, letterSpacing, wordSpacing, paragraphSpacing, width, font, theme, speechRate);
    }

    /** These settings with another letter spacing. */
    public ReadingSettings withLetterSpacing(int value) {
        return new ReadingSettings(
                textSize, lineSpacing, value, wordSpacing, paragraphSpacing, width, font, theme, speechRate);
    }

    /** These settings with another word spacing. */
    public ReadingSettings withWordSpacing(int value) {
        return new ReadingSettings(
                textSize, lineSpacing, letterSpacing, value, paragraphSpacing, width, font, theme, speechRate);
    }

    /** These settings with another paragraph spacing. */
    public ReadingSettings withParagraphSpacing(int value) {
        return new ReadingSettings(
                textSize, lineSpacing, letterSpacing, wordSpacing, value, width, font, theme, speechRate);
    }

    /** These settings with another column width. */
    public ReadingSettings withWidth(ColumnWidth value) {
        return new ReadingSettings(
                textSize, lineSpacing, letterSpacing, wordSpacing, paragraphSpacing, value, font, theme, speechRate);
    }

    /** These settings with another font. */
    public ReadingSettings withFont(Font value) {
        return new ReadingSettings(
                textSize, lineSpacing, letterSpacing, wordSpacing, paragraphSpacing, width, value, theme, speechRate);
    }

    /** These settings with another theme. */
    public ReadingSettings withTheme(Theme value) {
        return new ReadingSettings(
                textSize, lineSpacing, letterSpacing, wordSpacing, paragraphSpacing, width, font, value, speechRate);
    }

    /** These settings with another read-aloud speed. */
    public ReadingSettings withSpeechRate(int value) {
        return new ReadingSettings(
                textSize, lineSpacing, letterSpacing, wordSpacing, paragraphSpacing, width, font, theme, value);
    }

    /** The largest of every size and spacing, as the WCAG 1.4.12 check uses them. */
    public static ReadingSettings largest(Font font, Theme theme) {
        return new ReadingSettings(
                MAX_TEXT_SIZE,
                MAX_LINE_SPACING,
                MAX_LETTER_SPACING,
                MAX_WORD_SPACING,
                MAX_PARAGRAPH_SPACING,
                ColumnWidth.WIDE,
                font,
                theme,
                MAX_SPEECH_RATE);
    }

    private static void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ReadingSettingsException(
                    "reading.invalid.range",
                    field + " must be between " + min + " and " + max + ", not " + value,
                    field,
                    min,
                    max,
                    value);
        }
    }

    /** The width of the text column. */
    public enum ColumnWidth {
        NARROW,
        MEDIUM,
        WIDE;

        /** The name used in the page and the database. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The width of this name; an unknown name is refused. */
        public static ColumnWidth fromId(String id) {
            return byId(values(), ColumnWidth::id, id, "width");
        }
    }

    /** A font of the text. Every font but the default is self-hosted and loaded only once chosen. */
    public enum Font {
        DEFAULT,
        ATKINSON_HYPERLEGIBLE,
        LEXEND,
        OPENDYSLEXIC;

        /** The name used in the page, the database and the font loader ({@code lectern-reading.js}). */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The font of this name; an unknown name is refused. */
        public static Font fromId(String id) {
            return byId(values(), Font::id, id, "font");
        }
    }

    /** Colours of the reader. */
    public enum Theme {
        /** As the device's light or dark setting says. */
        SYSTEM,
        LIGHT,
        DARK,
        SEPIA;

        /** The name used in the page and the database. */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The theme of this name; an unknown name is refused. */
        public static Theme fromId(String id) {
            return byId(values(), Theme::id, id, "theme");
        }
    }

    private static <E extends Enum<E>> E byId(E[] values, Function<E, String> idOf, String id, String field) {
        for (E value : values) {
            if (idOf.apply(value).equals(id)) {
                return value;
            }
        }
        String known = Arrays.stream(values).map(idOf).collect(Collectors.joining(", "));
        String quoted = id == null ? "" : id.length() > QUOTED ? id.substring(0, QUOTED) + "…" : id;
        throw new ReadingSettingsException(
                "reading.invalid.choice",
                "Unknown " + field + " '" + quoted + "'; choose one of: " + known,
                field,
                quoted,
                known);
    }
}
