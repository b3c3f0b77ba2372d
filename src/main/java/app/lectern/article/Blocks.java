package app.lectern.article;

import app.lectern.article.Article.Block;
import app.lectern.article.Article.Block.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects an article's blocks and notes while a reader walks its source, within the article limits. */
final class Blocks {

    private final List<Block> blocks = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private long characters;

    /** Adds a block unless its Markdown is blank. */
    void add(Kind kind, String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return;
        }
        add(new Block(kind, markdown.strip()));
    }

    /** Adds a heading unless its text is blank. */
    void heading(int level, String markdownText) {
        String text = markdownText == null ? "" : markdownText.strip();
        if (!text.isEmpty()) {
            add(Block.heading(level, text));
        }
    }

    private void add(Block block) {
        characters += block.markdown().length();
        if (characters > ArticleReader.MAX_CHARACTERS) {
            throw new Refusal(
                    "The article is longer than %,d characters, more than a module can hold. Use a part of it."
                            .formatted(ArticleReader.MAX_CHARACTERS));
        }
        if (blocks.size() >= ArticleReader.MAX_BLOCKS) {
            throw new Refusal(
                    ("The article has more than %,d paragraphs, more than a module can hold. Use a part of" + " it.")
                            .formatted(ArticleReader.MAX_BLOCKS));
        }
        blocks.add(block);
    }

    /** Adds a note for the teacher (once, however often it is added). */
    void note(String note) {
        notes.add(note);
    }

    /** The article, or a refusal when nothing readable was found. */
    Article article(String emptyMessage) {
        if (blocks.isEmpty()) {
            throw new Refusal(emptyMessage);
        }
        String title = blocks.stream()
                .filter(b -> b.kind() == Kind.HEADING)
                .findFirst()
                .map(b -> app.lectern.content.Markdown.plainText(b.headingText()))
                .filter(t -> !t.isBlank())
                .orElse(null);
        return new Article(title, blocks, List.copyOf(notes));
    }

    /** Why an article cannot be read, for the teacher; turned into a problem by {@link ArticleReader}. */
    static final class Refusal extends RuntimeException {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }
}
