package app.lectern.article;

import java.util.List;
import java.util.Locale;

/**
 * An article read from a paste or a file, as blocks of the Markdown subset the reader renders.
 *
 * @param title the text of the article's first heading, as plain text, or {@code null} when it has none
 * @param blocks the article's headings, paragraphs, lists and quotes in reading order
 * @param notes what was left out or changed on the way (images, comments, tracked changes, …), for the teacher
 */
public record Article(String title, List<Block> blocks, List<String> notes) {

    /** Copies the lists. */
    public Article {
        blocks = List.copyOf(blocks);
        notes = List.copyOf(notes);
    }

    /** Whether the article has at least one heading. */
    public boolean hasHeadings() {
        return blocks.stream().anyMatch(b -> b.kind() == Block.Kind.HEADING);
    }

    /**
     * One block of the article.
     *
     * @param kind what the block is
     * @param markdown the block as Markdown: a heading with its {@code #} marks ({@code ## Background}), a list with one
     *     {@code - } or {@code 1. } item a line, a quote with {@code > } lines, a paragraph on one line; never a blank
     *     line inside
     */
    public record Block(Kind kind, String markdown) {

        /** The kinds of blocks an article is read into. */
        public enum Kind {
            HEADING,
            PARAGRAPH,
            LIST,
            QUOTE;

            /** The kind's name in lower case, for messages. */
            public String key() {
                return name().toLowerCase(Locale.ROOT);
            }
        }

        /** A heading of level 1 to 6. */
        public static Block heading(int level, String markdownText) {
            return new Block(Kind.HEADING, "#".repeat(Math.clamp(level, 1, 6)) + " " + markdownText);
        }

        /** The level of a heading (1 to 6); 0 for other blocks. */
        public int headingLevel() {
            if (kind != Kind.HEADING) {
                return 0;
            }
            int level = 0;
            while (level < markdown.length() && markdown.charAt(level) == '#') {
                level++;
            }
            return Math.clamp(level, 1, 6);
        }

        /** A heading's Markdown without its {@code #} marks; other blocks' Markdown unchanged. */
        public String headingText() {
            return kind == Kind.HEADING ? markdown.substring(headingLevel()).strip() : markdown;
        }
    }
}
