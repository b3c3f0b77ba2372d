package app.lectern.article;

import app.lectern.article.Article.Block.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pasted text (and .txt files) into blocks. The rules, for the teacher's guide:
 *
 * <ul>
 *   <li>Blank lines separate paragraphs. Text without any blank line but with several lines (as a copy from many web
 *       pages arrives) takes each line as a paragraph.
 *   <li>A paragraph of one line in Markdown heading syntax ({@code # Title}, {@code ## Part}) is a heading of that
 *       level; so is a line underlined with {@code ===} (level 1) or {@code ---} (level 2).
 *   <li>A paragraph of one short, title-like line — at most 12 words and 100 characters, starting with a capital
 *       letter or a digit, not ending in {@code .}, {@code ,}, {@code ;}, {@code :} or {@code !} — is a heading of
 *       level 2, unless it is the last paragraph.
 *   <li>A paragraph whose first line starts with {@code -}, {@code *}, {@code +}, {@code •} or {@code 1.} is a list
 *       (lines without a marker continue the item above); one whose every line starts with {@code >} is a quote.
 *   <li>Anything else is a paragraph; its lines are joined with spaces. Inline Markdown (emphasis, links) is kept as
 *       typed; the reader escapes any HTML in it.
 * </ul>
 */
final class PastedText {

    private static final Pattern ATX = Pattern.compile(" {0,3}(#{1,6})[ ]+(.*?)(?:[ ]+#+)?[ ]*");
    private static final Pattern ITEM = Pattern.compile(" {0,3}([-*+•]|(\\d{1,9})[.)])[ ]+(.*)");
    private static final Pattern UNDERLINE = Pattern.compile(" {0,3}(=+|-+)[ ]*");
    private static final int TITLE_WORDS = 12;
    private static final int TITLE_CHARACTERS = 100;

    private PastedText() {}

    static Article read(String text) {
        Blocks blocks = new Blocks();
        List<List<String>> chunks = chunks(Text.clean(text));
        for (int i = 0; i < chunks.size(); i++) {
            block(blocks, chunks.get(i), i == chunks.size() - 1);
        }
        return blocks.article("The text holds no words to make sections of.");
    }

    private static List<List<String>> chunks(String text) {
        List<String> lines = text.lines().map(String::stripTrailing).toList();
        boolean anyBlank = false;
        int nonBlank = 0;
        boolean started = false;
        for (String line : lines) {
            if (line.isBlank()) {
                anyBlank |= started;
            } else {
                started = true;
                nonBlank++;
            }
        }
        List<List<String>> chunks = new ArrayList<>();
        if (!anyBlank && nonBlank > 1) {
            lines.stream().filter(l -> !l.isBlank()).forEach(l -> chunks.add(List.of(l)));
            return chunks;
        }
        List<String> current = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    chunks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    private static void block(Blocks blocks, List<String> lines, boolean last) {
        String first = lines.getFirst();
        Matcher atx = ATX.matcher(first);
        if (lines.size() == 1 && atx.matches()) {
            blocks.heading(atx.group(1).length(), Text.oneLine(atx.group(2)));
            return;
        }
        if (lines.size() == 2
                && UNDERLINE.matcher(lines.get(1)).matches()
                && !ITEM.matcher(first).matches()) {
            blocks.heading(lines.get(1).strip().startsWith("=") ? 1 : 2, Text.oneLine(first));
            return;
        }
        if (ITEM.matcher(first).matches()) {
            blocks.add(Kind.LIST, list(lines));
            return;
        }
        if (lines.stream().allMatch(l -> l.stripLeading().startsWith(">"))) {
            String quote = Text.oneLine(String.join(
                    " ", lines.stream().map(l -> l.stripLeading().substring(1)).toList()));
            blocks.add(Kind.QUOTE, quote.isEmpty() ? "" : "> " + quote);
            return;
        }
        String paragraph = Text.oneLine(String.join(" ", lines));
        if (lines.size() == 1 && !last && titleLike(paragraph)) {
            blocks.heading(2, paragraph);
        } else {
            blocks.add(Kind.PARAGRAPH, paragraph);
        }
    }

    private static String list(List<String> lines) {
        List<String> items = new ArrayList<>();
        for (String line : lines) {
            Matcher item = ITEM.matcher(line);
            if (item.matches()) {
                String marker = item.group(2) == null ? "-" : item.group(2) + ".";
                items.add(marker + " " + Text.oneLine(item.group(3)));
            } else if (!items.isEmpty()) {
                items.set(items.size() - 1, items.getLast() + " " + Text.oneLine(line));
            }
        }
        return String.join(
                "\n", items.stream().filter(i -> !i.matches("(-|\\d+\\.) ?")).toList());
    }

    /** A short line that reads as a title: see the class comment. */
    static boolean titleLike(String line) {
        if (line.isEmpty() || line.length() > TITLE_CHARACTERS || Text.words(line) > TITLE_WORDS) {
            return false;
        }
        int first = line.codePointAt(0);
        boolean capital = Character.isUpperCase(first)
                || Character.isDigit(first)
                || (Character.isLetter(first) && !Character.isLowerCase(first));
        char end = line.charAt(line.length() - 1);
        return capital && Text.words(line) > 0 && ".,;:!".indexOf(end) < 0;
    }
}
