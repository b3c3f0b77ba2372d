package app.lectern.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;
import org.commonmark.renderer.text.TextContentRenderer;

/**
 * CommonMark for content text: raw HTML is escaped (never rendered) and link URLs are sanitised, so a content
 * file can never put markup or script into the page.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    /**
     * Links and images may use http, https, mailto and relative addresses. commonmark's default also lets
     * {@code data:} through, which can carry a whole HTML document; every other scheme ({@code javascript:},
     * {@code vbscript:}, {@code file:}, in any case and after entities are decoded) becomes an empty address.
     */
    private static final UrlSanitizer URLS = new DefaultUrlSanitizer(List.of("http", "https", "mailto"));

    private static final HtmlRenderer HTML = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(URLS)
            .build();
    private static final TextContentRenderer TEXT =
            TextContentRenderer.builder().build();

    private Markdown() {}

    /** The link and image address policy, for renderers that add their own markup (see {@link #URLS}). */
    public static UrlSanitizer urlSanitizer() {
        return URLS;
    }

    /** Parses Markdown into commonmark's tree, for renderers that add their own markup. */
    public static Node parse(String markdown) {
        return PARSER.parse(markdown == null ? "" : markdown);
    }

    /** Safe HTML for a block of Markdown. */
    public static String html(String markdown) {
        return BLOCK_HTML.computeIfAbsent(markdown == null ? "" : markdown, m -> HTML.render(parse(m)));
    }

    /** Safe HTML for one line of inline Markdown (a prompt, an option), without the wrapping paragraph. */
    public static String inlineHtml(String markdown) {
        return INLINE_HTML.computeIfAbsent(markdown == null ? "" : markdown, m -> {
            String html = html(m).strip();
            if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
                return html.substring(3, html.length() - 4);
            }
            return html;
        });
    }

    /** The text a reader sees, with all white space collapsed to single spaces. */
    public static String plainText(String markdown) {
        return PLAIN.computeIfAbsent(markdown == null ? "" : markdown, m -> collapse(TEXT.render(parse(m))));
    }

    /**
     * The same long texts (a section body) are rendered for every quote and sentence checked against them; a few
     * cached results keep a module with many references linear.
     */
    private static final class Recent<V> {
        private final int capacity;
        private final Map<String, V> values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };

        Recent(int capacity) {
            this.capacity = capacity;
        }

        synchronized V computeIfAbsent(String key, Function<String, V> compute) {
            V value = values.get(key);
            if (value == null) {
                value = compute.apply(key);
                values.put(key, value);
            }
            return value;
        }
    }

    private static final Recent<String> PLAIN = new Recent<>(64);
    private static final Recent<List<String>> SENTENCES = new Recent<>(64);
    /**
     * Rendered prompts, options, hints and feedback. The HTML of a text is the same for every learner, and a page
     * keeps the string it was given for as long as the tab is open: one shared copy instead of one per open tab.
     * Enough for the texts of many modules; a text that falls out is rendered again.
     */
    private static final Recent<String> BLOCK_HTML = new Recent<>(4096);

    private static final Recent<String> INLINE_HTML = new Recent<>(4096);

    /** Replaces soft line breaks (a wrapped line inside a paragraph) by spaces, so only blocks end in a newline. */
    private static Node withoutSoftBreaks(Node document) {
        List<SoftLineBreak> breaks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(SoftLineBreak softLineBreak) {
                breaks.add(softLineBreak);
            }
        });
        for (SoftLineBreak b : breaks) {
            b.insertBefore(new Text(" "));
            b.unlink();
        }
        return document;
    }

    /** Collapses every run of white space to one space and trims the ends. */
    public static String collapse(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }

    /**
     * The sentences of a Markdown text, as a reader would pick them: split at {@code .}, {@code !} or {@code ?}
     * (with any closing quote or bracket) followed by white space, and at paragraph breaks.
     */
    public static List<String> sentences(String markdown) {
        return SENTENCES.computeIfAbsent(markdown == null ? "" : markdown, Markdown::splitSentences);
    }

    private static List<String> splitSentences(String markdown) {
        List<String> out = new ArrayList<>();
        for (String block : TEXT.render(withoutSoftBreaks(parse(markdown))).split("\\n+")) {
            for (String s : collapse(block).split("(?<=[.!?][\"”’)\\]]?)\\s+")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return List.copyOf(out);
    }
}
