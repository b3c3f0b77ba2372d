package app.lectern.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.reader.SectionHtml;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Script in content text never reaches the page as markup: whatever the Markdown, the HTML that the reader puts into
 * the page has only the elements commonmark writes for Markdown, no event-handler attribute, and no link or image
 * address with a scheme other than http, https or mailto.
 */
class HostileMarkdownTest {

    private static final Set<String> ELEMENTS = Set.of(
            "p",
            "em",
            "strong",
            "a",
            "img",
            "code",
            "pre",
            "ul",
            "ol",
            "li",
            "blockquote",
            "hr",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "dfn");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=\"'/]+)=\"([^\"]*)\"");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "Hi <script>alert(1)</script> there",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=x OnErRoR=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<svg onload=alert(1)></svg>",
                "<div onmouseover=\"alert(1)\">cover</div>",
                "<a href=\"javascript:alert(1)\">raw</a>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
                "<!-- --><script>alert(1)</script>",
                "`<script>alert(1)</script>`",
                "```\n<script>alert(1)</script>\n```",
                "[x](javascript:alert(1))",
                "[x](JaVaScRiPt:alert(1))",
                "[x](jav&#x61;script:alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
                "[x](javascript&colon;alert(1))",
                "[x](<java\tscript:alert(1)>)",
                "[x](<java&#9;script:alert(1)>)",
                "[x](<java&#10;script:alert(1)>)",
                "[x](< javascript:alert(1)>)",
                "[x]( javascript:alert(1) )",
                "[x](javascript:alert(1) \"title\")",
                "[x](java%0ascript:alert(1))",
                "[x](vbscript:msgbox(1))",
                "[x](VBScript:msgbox(1))",
                "[x](file:///etc/passwd)",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](DATA:text/html,<script>alert(1)</script>)",
                "![x](data:image/svg+xml,<svg onload=alert(1)>)",
                "![x](javascript:alert(1))",
                "<javascript:alert(1)>",
                "<JAVASCRIPT:alert(1)>",
                "<data:text/html,x>",
                "[x][r]\n\n[r]: javascript:alert(1)",
                "[x][r]\n\n[r]: <data:text/html,x> \"t\"",
                "[x](https://example.org \"t\\\" onmouseover=\\\"alert(1)\")",
                "[x](https://example.org 'a\" onmouseover=\"alert(1)')",
                "![a\" onerror=\"alert(1)](https://example.org/p.png)",
                "[<img src=x onerror=alert(1)>](https://example.org)",
                "*<b onclick=alert(1)>bold</b>*",
                "nocturnal <img src=x onerror=alert(1)>"
            })
    void hostileMarkdownRendersInert(String markdown) {
        List<GlossaryEntry> glossary = List.of(
                new GlossaryEntry("nocturnal", "Active at night <img src=x onerror=alert(1)> [j](javascript:alert(1))"),
                new GlossaryEntry("x", "\" onmouseover=\"alert(1)"));

        assertInert(Markdown.html(markdown));
        assertInert(Markdown.inlineHtml(markdown));
        assertInert(SectionHtml.render(markdown, glossary, "t").html());
    }

    @Test
    void safeLinksStay() {
        assertThat(Markdown.html("[a](https://example.org/x?y=1) [b](mailto:ed@example.org) [c](images/p.png)"))
                .contains("href=\"https://example.org/x?y=1\"")
                .contains("href=\"mailto:ed@example.org\"")
                .contains("href=\"images/p.png\"");
        assertThat(Markdown.html("[x](data:text/html,hi)")).contains("href=\"\"");
    }

    /** Every element is one commonmark writes, no attribute is an event handler, and no address runs code. */
    static void assertInert(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            assertThat(ELEMENTS).as("element <%s> in %s", name, html).contains(name);
            String attributes = tag.group(3).replaceAll("\\s*/$", "");
            Matcher a = ATTRIBUTE.matcher(attributes);
            StringBuilder rest = new StringBuilder(attributes);
            while (a.find()) {
                String attribute = a.group(1).toLowerCase(Locale.ROOT);
                assertThat(attribute).as("attribute in %s", html).doesNotStartWith("on");
                if (attribute.equals("href") || attribute.equals("src")) {
                    String url =
                            decode(a.group(2)).replaceAll("[\\x00-\\x20]", "").toLowerCase(Locale.ROOT);
                    assertThat(url)
                            .as("address in %s", html)
                            .doesNotStartWith("javascript:")
                            .doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:")
                            .doesNotStartWith("file:");
                    assertThat(url.isEmpty() || url.matches("(https?:|mailto:|[^:]*$|[^:]*[/?#].*).*"))
                            .as("address %s in %s", url, html)
                            .isTrue();
                }
                rest.replace(a.start(), a.end(), " ".repeat(a.end() - a.start()));
            }
            // nothing but well-formed name="value" pairs: no unquoted attribute slipped through
            assertThat(rest.toString())
                    .as("attributes of <%s> in %s", name, html)
                    .isBlank();
        }
    }

    private static String decode(String attribute) {
        return attribute
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&#58;", ":")
                .replace("&colon;", ":")
                .replace("&amp;", "&");
    }
}
