package app.lectern.article;

import app.lectern.article.Article.Block.Kind;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;

/**
 * Reads a Markdown file into blocks of the subset the reader renders: headings, paragraphs, lists, quotes, emphasis
 * and http(s) links. Images are left out (with a note), raw HTML becomes its text, code becomes plain text.
 */
final class MarkdownArticle {

    private static final Parser PARSER = Parser.builder().build();
    private static final int MAX_DEPTH = 100;

    private final Blocks blocks = new Blocks();

    private MarkdownArticle() {}

    static Article read(String markdown) {
        MarkdownArticle reader = new MarkdownArticle();
        reader.blocks(PARSER.parse(app.lectern.article.Text.clean(markdown)), 0);
        return reader.blocks.article("The file holds no text to make sections of.");
    }

    private void blocks(Node parent, int depth) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, depth + 1);
        }
    }

    private void block(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            blocks.add(Kind.PARAGRAPH, paragraph(escaped(plain(node))));
            return;
        }
        switch (node) {
            case Heading h -> blocks.heading(h.getLevel(), inline(h, depth));
            case Paragraph p -> blocks.add(Kind.PARAGRAPH, paragraph(inline(p, depth)));
            case BulletList l -> blocks.add(Kind.LIST, list(l, depth, 0));
            case OrderedList l -> blocks.add(Kind.LIST, list(l, depth, 0));
            case BlockQuote q -> {
                String quote = app.lectern.article.Text.oneLine(inlineOfBlocks(q, depth));
                blocks.add(Kind.QUOTE, quote.isEmpty() ? "" : "> " + quote);
            }
            case FencedCodeBlock c -> blocks.add(Kind.PARAGRAPH, paragraph(escaped(c.getLiteral())));
            case IndentedCodeBlock c -> blocks.add(Kind.PARAGRAPH, paragraph(escaped(c.getLiteral())));
            case HtmlBlock h -> {
                blocks.note("HTML in the Markdown was turned into plain text.");
                blocks.add(
                        Kind.PARAGRAPH,
                        paragraph(escaped(Jsoup.parse(h.getLiteral()).text())));
            }
            default -> blocks(node, depth);
        }
    }

    private static String paragraph(String markdown) {
        return app.lectern.article.Text.blockStart(app.lectern.article.Text.oneLine(markdown));
    }

    private static String escaped(String text) {
        return app.lectern.article.Text.escape(app.lectern.article.Text.oneLine(text));
    }

    private String list(Node list, int depth, int indent) {
        boolean ordered = list instanceof OrderedList;
        List<String> lines = new ArrayList<>();
        int number = 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<String> nested = new ArrayList<>();
            for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                if ((c instanceof BulletList || c instanceof OrderedList) && indent < 3 && depth < MAX_DEPTH) {
                    nested.add(list(c, depth + 1, indent + 1));
                } else {
                    text.append(' ').append(inlineOfBlocks(c, depth + 1));
                }
            }
            lines.add("   ".repeat(indent)
                    + (ordered ? (number++) + ". " : "- ")
                    + app.lectern.article.Text.oneLine(text.toString()));
            nested.stream().filter(s -> !s.isBlank()).forEach(lines::add);
        }
        return String.join("\n", lines);
    }

    /** The inline Markdown of a block and the blocks inside it, run together. */
    private String inlineOfBlocks(Node node, int depth) {
        if (node instanceof Paragraph || node instanceof Heading) {
            return inline(node, depth);
        }
        if (node.getFirstChild() == null || depth > MAX_DEPTH) {
            return escaped(plain(node));
        }
        StringBuilder out = new StringBuilder();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            out.append(' ').append(inlineOfBlocks(c, depth + 1));
        }
        return out.toString();
    }

    private String inline(Node parent, int depth) {
        StringBuilder out = new StringBuilder();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            out.append(inlineNode(n, depth + 1));
        }
        return out.toString();
    }

    private String inlineNode(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            return escaped(plain(node));
        }
        return switch (node) {
            case Text t -> app.lectern.article.Text.escape(app.lectern.article.Text.clean(t.getLiteral()));
            case Code c -> app.lectern.article.Text.escape(c.getLiteral());
            case Emphasis e -> app.lectern.article.Text.emphasis(inline(e, depth), "*");
            case StrongEmphasis s -> app.lectern.article.Text.emphasis(inline(s, depth), "**");
            case Link l -> app.lectern.article.Text.link(inline(l, depth), l.getDestination());
            case Image i -> {
                blocks.note("Images were left out.");
                yield "";
            }
            case HtmlInline h -> "";
            case SoftLineBreak s -> " ";
            case HardLineBreak b -> " ";
            default -> inline(node, depth);
        };
    }

    /** The literal text of a node and everything inside it, iteratively (however deep it nests). */
    private static String plain(Node node) {
        StringBuilder out = new StringBuilder();
        List<Node> stack = new ArrayList<>();
        stack.add(node);
        while (!stack.isEmpty()) {
            Node n = stack.removeLast();
            if (n instanceof Text t) {
                out.append(t.getLiteral()).append(' ');
            } else if (n instanceof Code c) {
                out.append(c.getLiteral());
            }
            List<Node> children = new ArrayList<>();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                children.add(c);
            }
            stack.addAll(children.reversed());
        }
        return out.toString();
    }
}
