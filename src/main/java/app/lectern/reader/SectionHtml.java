package app.lectern.reader;

import app.lectern.content.GlossaryEntry;
import app.lectern.content.Markdown;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Renders a section's Markdown to safe HTML in which the first occurrence of each glossary term is a focusable
 * {@code <dfn>} described by its entry in the section's "Key terms" list.
 *
 * <p>It parses through {@link Markdown#parse} and renders with the same safety settings as {@link Markdown#html}
 * (raw HTML escaped, URLs sanitised); the only markup it adds is the {@code dfn} element, whose attributes are
 * escaped by commonmark's writer.
 */
public final class SectionHtml {

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(Markdown.urlSanitizer())
            .nodeRendererFactory(TermRenderer::new)
            .build();

    private SectionHtml() {}

    /**
     * The rendered section.
     *
     * @param html the body as HTML
     * @param terms the glossary entries that occur in the section, in order of first occurrence, each with the id
     *     of the element that holds its definition
     */
    public record Rendered(String html, Map<String, GlossaryEntry> terms) {}

    /**
     * Renders a section body.
     *
     * @param markdown the section body
     * @param glossary the module's glossary
     * @param idPrefix prefix for the definition element ids, unique on the page
     */
    public static Rendered render(String markdown, List<GlossaryEntry> glossary, String idPrefix) {
        Key key = new Key(markdown, List.copyOf(glossary), idPrefix);
        synchronized (RECENT) {
            Rendered cached = RECENT.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Rendered rendered = renderNew(markdown, glossary, idPrefix);
        synchronized (RECENT) {
            RECENT.put(key, rendered);
        }
        return rendered;
    }

    private record Key(String markdown, List<GlossaryEntry> glossary, String idPrefix) {}

    /**
     * Recently rendered sections. A section's HTML is the same for every learner, and each open tab keeps the
     * string it was sent: one shared copy instead of one per tab.
     */
    private static final Map<Key, Rendered> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
            return size() > 512;
        }
    };

    private static Rendered renderNew(String markdown, List<GlossaryEntry> glossary, String idPrefix) {
        Node document = Markdown.parse(markdown);
        Map<String, GlossaryEntry> found = new LinkedHashMap<>();
        if (!glossary.isEmpty()) {
            // longer terms first, so "ballistic missile" wins over a shorter term inside it
            List<GlossaryEntry> byLength = new ArrayList<>(glossary);
            byLength.sort((a, b) -> b.term().length() - a.term().length());
            document.accept(new TermFinder(byLength, found, idPrefix));
        }
        return new Rendered(RENDERER.render(document), Collections.unmodifiableMap(found));
    }

    /** A glossary term in the text; its child is the term as written. */
    static final class TermNode extends CustomNode {
        final String definitionId;
        final String definition;

        TermNode(String definitionId, String definition) {
            this.definitionId = definitionId;
            this.definition = definition;
        }
    }

    private static final class TermFinder extends AbstractVisitor {
        private final List<GlossaryEntry> glossary;
        private final Map<String, GlossaryEntry> found;
        private final String idPrefix;

        TermFinder(List<GlossaryEntry> glossary, Map<String, GlossaryEntry> found, String idPrefix) {
            this.glossary = glossary;
            this.found = found;
            this.idPrefix = idPrefix;
        }

        @Override
        public void visit(Link link) {
            // a term inside a link would nest a focusable element in another one
        }

        @Override
        public void visit(Text text) {
            String literal = text.getLiteral();
            for (GlossaryEntry entry : glossary) {
                String key = entry.term().toLowerCase(Locale.ROOT);
                if (found.values().stream()
                        .anyMatch(e -> e.term().toLowerCase(Locale.ROOT).equals(key))) {
                    continue;
                }
                Matcher m = termPattern(entry.term()).matcher(literal);
                if (m.find()) {
                    String id = idPrefix + found.size();
                    found.put(id, entry);
                    split(text, m.start(), m.end(), id, entry.definition());
                    return; // split() has visited the text around the term
                }
            }
        }

        private void split(Text text, int start, int end, String id, String definition) {
            String literal = text.getLiteral();
            TermNode term = new TermNode(id, definition);
            term.appendChild(new Text(literal.substring(start, end)));
            text.insertAfter(term);
            if (end < literal.length()) {
                Text after = new Text(literal.substring(end));
                term.insertAfter(after);
                visit(after);
            }
            if (start > 0) {
                text.setLiteral(literal.substring(0, start));
                visit(text);
            } else {
                text.unlink();
            }
        }
    }

    private static final class TermRenderer implements NodeRenderer {
        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        TermRenderer(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(TermNode.class);
        }

        @Override
        public void render(Node node) {
            TermNode term = (TermNode) node;
            html.tag(
                    "dfn",
                    Map.of(
                            "tabindex",
                            "0",
                            "class",
                            "lectern-term",
                            "aria-describedby",
                            term.definitionId,
                            "data-definition",
                            term.definition));
            for (Node child = node.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/dfn");
        }
    }

    /**
     * A glossary term as a whole word, also in its English plural: "mercenary" finds "mercenaries", "sanction"
     * finds "sanctions".
     */
    static Pattern termPattern(String term) {
        String word = term.endsWith("y") && term.length() > 2
                ? Pattern.quote(term.substring(0, term.length() - 1)) + "(?:y|ies)"
                : Pattern.quote(term) + "(?:e?s)?";
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + word + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
