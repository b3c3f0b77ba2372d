package app.lectern.article;

import app.lectern.article.Article.Block.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML page into blocks: headings, paragraphs, lists, quotes, emphasis and http(s) links are kept; scripts,
 * styles, frames, forms, media, navigation and every attribute (event handlers included) are dropped; whatever
 * other markup there is becomes its text. Only the page's {@code <article>} or {@code <main>} is read when it has one.
 */
final class HtmlArticle {

    private static final Set<String> DROPPED = Set.of(
            "script",
            "style",
            "iframe",
            "frame",
            "frameset",
            "form",
            "input",
            "button",
            "select",
            "textarea",
            "option",
            "object",
            "embed",
            "applet",
            "noscript",
            "template",
            "svg",
            "math",
            "canvas",
            "video",
            "audio",
            "source",
            "track",
            "picture",
            "img",
            "map",
            "head",
            "nav",
            "aside",
            "footer",
            "dialog",
            "link",
            "meta",
            "base",
            "title");
    private static final Set<String> MEDIA = Set.of("img", "picture", "svg", "video", "audio", "canvas");
    private static final Set<String> ACTIVE = Set.of("script", "iframe", "frame", "object", "embed", "applet", "form");
    private static final Set<String> INLINE_BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of(
            "html",
            "body",
            "div",
            "section",
            "article",
            "main",
            "header",
            "hgroup",
            "figure",
            "figcaption",
            "center",
            "details",
            "summary",
            "dl",
            "dd",
            "dt",
            "address",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "caption",
            "fieldset",
            "ul",
            "ol",
            "li",
            "blockquote",
            "pre",
            "tr",
            "hr");
    /** Nesting deeper than this is read as plain text: no page needs it, and it keeps the walk's stack small. */
    private static final int MAX_DEPTH = 100;

    private final Blocks blocks = new Blocks();

    private HtmlArticle() {}

    static Article read(String html) {
        Document document = Parser.htmlParser().setTrackErrors(0).parseInput(html, "");
        HtmlArticle reader = new HtmlArticle();
        Element root = document.selectFirst("article");
        if (root == null) {
            root = document.selectFirst("main");
        }
        if (root == null) {
            root = document.body();
        }
        reader.noteDropped(document);
        reader.container(root, 0);
        return reader.blocks.article("The page holds no text to make sections of.");
    }

    private void noteDropped(Document document) {
        for (Element e : document.getAllElements()) {
            String tag = e.normalName();
            if (MEDIA.contains(tag)) {
                blocks.note("Images and other media were left out.");
            } else if (ACTIVE.contains(tag)) {
                blocks.note("Scripts, embedded frames and forms were left out.");
            }
        }
    }

    /** Reads the children of a block container; runs of inline content between blocks become paragraphs. */
    private void container(Element element, int depth) {
        List<Node> inline = new ArrayList<>();
        for (Node child : element.childNodes()) {
            if (child instanceof Element e && isBlock(e)) {
                flush(inline, depth);
                block(e, depth + 1);
            } else {
                inline.add(child);
            }
        }
        flush(inline, depth);
    }

    private void flush(List<Node> inline, int depth) {
        if (inline.isEmpty()) {
            return;
        }
        StringBuilder out = new StringBuilder();
        for (Node n : inline) {
            out.append(inline(n, depth));
        }
        inline.clear();
        blocks.add(Kind.PARAGRAPH, Text.blockStart(Text.oneLine(out.toString())));
    }

    private static boolean isBlock(Element e) {
        String tag = e.normalName();
        return DROPPED.contains(tag) || INLINE_BLOCKS.contains(tag) || BLOCKS.contains(tag);
    }

    private void block(Element e, int depth) {
        String tag = e.normalName();
        if (DROPPED.contains(tag)) {
            return;
        }
        if (depth > MAX_DEPTH) {
            blocks.add(Kind.PARAGRAPH, Text.blockStart(Text.escape(Text.oneLine(e.text()))));
            return;
        }
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> blocks.heading(tag.charAt(1) - '0', inlineText(e, depth));
            case "p" -> blocks.add(Kind.PARAGRAPH, Text.blockStart(inlineText(e, depth)));
            case "pre" -> blocks.add(Kind.PARAGRAPH, Text.blockStart(Text.escape(Text.oneLine(e.wholeText()))));
            case "ul", "ol" -> blocks.add(Kind.LIST, list(e, depth, 0));
            case "blockquote" -> {
                String quote = inlineText(e, depth);
                blocks.add(Kind.QUOTE, quote.isEmpty() ? "" : "> " + quote);
            }
            case "tr" ->
                blocks.add(
                        Kind.PARAGRAPH,
                        Text.blockStart(String.join(
                                " · ",
                                e.children().stream()
                                        .map(cell -> inlineText(cell, depth))
                                        .filter(s -> !s.isEmpty())
                                        .toList())));
            case "hr" -> {
                // a rule separates nothing a section break would not
            }
            default -> container(e, depth);
        }
    }

    private String list(Element list, int depth, int indent) {
        boolean ordered = list.normalName().equals("ol");
        List<String> lines = new ArrayList<>();
        int number = 1;
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<String> nested = new ArrayList<>();
            for (Node child : item.childNodes()) {
                if (child instanceof Element e
                        && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                    if (indent < 3 && depth < MAX_DEPTH) {
                        nested.add(list(e, depth + 1, indent + 1));
                    } else {
                        text.append(' ').append(Text.escape(e.text()));
                    }
                } else {
                    text.append(inline(child, depth + 1)).append(child instanceof Element e && isBlock(e) ? " " : "");
                }
            }
            String marker = ordered ? (number++) + ". " : "- ";
            String line = Text.oneLine(text.toString());
            lines.add("   ".repeat(indent) + marker + line);
            nested.stream().filter(s -> !s.isBlank()).forEach(lines::add);
        }
        return String.join("\n", lines);
    }

    private String inlineText(Element e, int depth) {
        StringBuilder out = new StringBuilder();
        for (Node child : e.childNodes()) {
            out.append(inline(child, depth + 1));
            if (child instanceof Element c && isBlock(c)) {
                out.append(' ');
            }
        }
        return Text.oneLine(out.toString());
    }

    private String inline(Node node, int depth) {
        if (node instanceof TextNode t) {
            return Text.escape(Text.clean(t.getWholeText()).replace('\n', ' '));
        }
        if (!(node instanceof Element e)) {
            return "";
        }
        String tag = e.normalName();
        if (DROPPED.contains(tag)) {
            return "";
        }
        if (depth > MAX_DEPTH) {
            return Text.escape(e.text());
        }
        StringBuilder inner = new StringBuilder();
        for (Node child : e.childNodes()) {
            inner.append(inline(child, depth + 1));
        }
        String text = inner.toString();
        return switch (tag) {
            case "em", "i", "cite", "dfn" -> Text.emphasis(text, "*");
            case "strong", "b" -> Text.emphasis(text, "**");
            case "a" -> Text.link(text, e.attr("href"));
            case "br" -> " ";
            case "td", "th", "li", "p", "div" -> " " + text + " ";
            default -> text;
        };
    }
}
