package app.lectern.article;

import java.util.regex.Pattern;

/** Cleaning and escaping of article text on its way into Markdown. */
final class Text {

    /**
     * Control characters (but tab and line feed), direction overrides and isolates (which can make text read
     * differently than it is stored), zero-width and object-replacement characters, unpaired surrogates and
     * noncharacters: removed from every article.
     */
    private static final Pattern UNWANTED = Pattern.compile(
            "[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\u200b\\u200e\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffc"
                    + "\\ufffe\\uffff]|\\p{Cs}");

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]+");

    private Text() {}

    /** The text with line breaks as {@code \n}, tabs as spaces and unwanted characters removed. */
    static String clean(String text) {
        String unified = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\t', ' ')
                .replace('\u2028', '\n')
                .replace('\u2029', '\n');
        return UNWANTED.matcher(unified).replaceAll("");
    }

    /** The text on one line: every run of white space (line breaks too) one space, trimmed. */
    static String oneLine(String text) {
        return SPACES.matcher(clean(text)).replaceAll(" ").strip();
    }

    /** Counts the words (runs of letters or digits) of a text. */
    static int words(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }

    /**
     * Plain text made safe as Markdown inline text: every character Markdown would read as markup is escaped, so the
     * reader shows exactly these characters.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '&', '!', '|', '~' ->
                    out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A line of inline Markdown that starts a block: a leading {@code #}, {@code -}, {@code +}, {@code =} or a
     * number with {@code .} or {@code )} would make it a heading or a list item, so that character is escaped.
     */
    static String blockStart(String line) {
        if (line.isEmpty()) {
            return line;
        }
        char first = line.charAt(0);
        if (first == '#' || first == '-' || first == '+' || first == '=') {
            return "\\" + line;
        }
        int digits = 0;
        while (digits < line.length() && digits < 10 && Character.isDigit(line.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')) {
            return line.substring(0, digits) + "\\" + line.substring(digits);
        }
        return line;
    }

    /** An http(s) address as a Markdown link destination, or {@code null} for any other address. */
    static String linkTarget(String href) {
        if (href == null) {
            return null;
        }
        String url = href.strip();
        if (url.length() > 2000
                || !url.regionMatches(true, 0, "http://", 0, 7) && !url.regionMatches(true, 0, "https://", 0, 8)) {
            return null;
        }
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == 0x7f) {
                if (c == ' ') {
                    out.append("%20");
                }
                continue;
            }
            switch (c) {
                case '(' -> out.append("%28");
                case ')' -> out.append("%29");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '\\' -> out.append("%5C");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Wraps inline Markdown in an emphasis mark, keeping the spaces at its ends outside (as CommonMark needs). */
    static String emphasis(String inner, String mark) {
        String stripped = inner.strip();
        if (stripped.isEmpty()) {
            return inner;
        }
        int lead = inner.indexOf(stripped);
        String before = inner.substring(0, lead);
        String after = inner.substring(lead + stripped.length());
        return before + mark + stripped + mark + after;
    }

    /** A link in Markdown, or just its text when the address is not http(s). */
    static String link(String inner, String href) {
        String target = linkTarget(href);
        String label = inner.strip();
        if (target == null || label.isEmpty()) {
            return inner;
        }
        return "[" + label + "](" + target + ")";
    }
}
