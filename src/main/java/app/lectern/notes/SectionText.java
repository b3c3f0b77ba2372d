package app.lectern.notes;

import app.lectern.content.Markdown;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A section's text as the reader shows it, with white space collapsed exactly as {@code frontend/lectern-notes.js}
 * collapses the text of {@code #article-body}: the text nodes of the rendered HTML in document order, leading white
 * space dropped, each run of white space (JavaScript's {@code \s}) one space. Offsets of highlights count UTF-16
 * units in this text, on both sides. The glossary markup the reader adds ({@code dfn}) wraps words without changing
 * them, so the section's plain Markdown HTML has the same text.
 */
final class SectionText {

    private SectionText() {}

    private static final Map<String, String> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > 256;
        }
    };

    /** The collapsed text of a section body (Markdown). */
    static String of(String markdown) {
        synchronized (RECENT) {
            String cached = RECENT.get(markdown);
            if (cached != null) {
                return cached;
            }
        }
        StringBuilder raw = new StringBuilder();
        Element body = Jsoup.parseBodyFragment(Markdown.html(markdown)).body();
        body.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode t) {
                raw.append(t.getWholeText());
            }
        });
        String text = collapse(raw);
        synchronized (RECENT) {
            RECENT.put(markdown, text);
        }
        return text;
    }

    /** Collapses white space as the reader's script does: none at the start, one space for each run. */
    static String collapse(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean lastWasSpace = true;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (space(c)) {
                if (!lastWasSpace) {
                    out.append(' ');
                    lastWasSpace = true;
                }
            } else {
                out.append(c);
                lastWasSpace = false;
            }
        }
        return out.toString();
    }

    /** JavaScript's {@code \s}: tab, line feed, vertical tab, form feed, carriage return, Unicode spaces, BOM. */
    static boolean space(char c) {
        return c == '\t'
                || c == '\n'
                || c == 0x0B
                || c == '\f'
                || c == '\r'
                || c == '\uFEFF'
                || Character.isSpaceChar(c);
    }
}
