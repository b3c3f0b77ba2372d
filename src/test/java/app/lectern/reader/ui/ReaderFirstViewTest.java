package app.lectern.reader.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.catalog.ContentCatalog;
import app.lectern.content.load.ModuleLoader;
import app.lectern.i18n.BundleTranslationProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;

/**
 * The reader's server-rendered first view: the section's text for an anonymous visitor, escaped, and nothing for a
 * visitor whose view the server would render differently (signed in, returning, another text asked for).
 */
class ReaderFirstViewTest {

    private static final String HOSTILE_TITLE = "Cats <script>alert(1)</script> & \"dogs\"";

    @TempDir
    Path dir;

    private ReaderFirstView firstView;

    @BeforeEach
    void setUp() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("cats-module"));
        Files.writeString(folder.resolve("module.yaml"), """
                id: cats-module
                version: 1
                title: '%s'
                summary: "A module."
                language: en
                level: "Grades 9–12"
                reading-minutes: 5
                source: {author: "A. Writer", publisher: "The <b>Paper</b>", published: 2025}
                objectives: ["Read."]
                glossary:
                  - term: "sleep"
                    definition: "What cats do best, secretly."
                sections:
                  - id: one
                    title: "One <img src=x onerror=alert(1)>"
                    body: "Cats sleep a lot. <script>alert('body')</script>"
                    questions:
                      - id: q1
                        type: single
                        prompt: "What do cats do?"
                        skill: recall
                        explanation: "They sleep."
                        options: [{id: a, text: "Sleep"}, {id: b, text: "Fly"}]
                        answer: a
                  - id: two
                    title: "Two"
                    body: "Dogs bark at the **post**."
                """.formatted(HOSTILE_TITLE));
        ContentCatalog catalog = new ContentCatalog(new ModuleLoader().loadFolder(dir));
        assertThat(catalog.module("cats-module")).isPresent();
        firstView = new ReaderFirstView(catalog, new BundleTranslationProvider());
    }

    @Test
    void anAnonymousFirstVisitGetsTheFirstSectionsTextEscaped() {
        Document html = Jsoup.parse(
                firstView.html(ReaderView.class, params(null), request()).orElseThrow());

        assertThat(html.select("h1").text()).isEqualTo(HOSTILE_TITLE);
        assertThat(html.select("article h2").text()).isEqualTo("One <img src=x onerror=alert(1)>");
        assertThat(html.select(".article-body").text())
                .contains("Cats sleep a lot.")
                .contains("<script>");
        assertThat(html.select("script, img, b")).isEmpty();
        assertThat(html.select(".attribution").text()).contains("The <b>Paper</b>");
        assertThat(html.select(".section-nav a").eachAttr("href"))
                .containsExactly("modules/cats-module/one", "modules/cats-module/two");
        assertThat(html.select(".section-nav a.current").text()).startsWith("One");
        // glossary definitions may be locked until the visitor answers: the view adds them, the first view does not
        assertThat(html.html()).doesNotContain("secretly").doesNotContain("<dfn");
        // no ids: the real view's ids stay unique on the page
        assertThat(html.select("[id]")).isEmpty();
    }

    @Test
    void aNamedSectionIsShownEvenToAReturningVisitor() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/modules/cats-module/two");
        request.setCookies(new Cookie("JSESSIONID", "abc"));

        Document html = Jsoup.parse(
                firstView.html(ReaderView.class, params("two"), wrap(request)).orElseThrow());

        assertThat(html.select("article h2").text()).isEqualTo("Two");
        assertThat(html.select(".article-body strong").text()).isEqualTo("post");
    }

    @Test
    void nothingWhereTheViewWouldShowSomethingElse() {
        MockHttpServletRequest returning = new MockHttpServletRequest("GET", "/modules/cats-module");
        returning.setCookies(new Cookie("JSESSIONID", "abc"));
        MockHttpServletRequest withSession = new MockHttpServletRequest("GET", "/modules/cats-module");
        withSession.setSession(new MockHttpSession());
        MockHttpServletRequest signedIn = new MockHttpServletRequest("GET", "/modules/cats-module/one");
        signedIn.setUserPrincipal(() -> "student");
        MockHttpServletRequest otherText = new MockHttpServletRequest("GET", "/modules/cats-module/one");
        otherText.setParameter("text", "uk");

        assertThat(firstView.html(ReaderView.class, params(null), wrap(returning)))
                .isEmpty();
        assertThat(firstView.html(ReaderView.class, params(null), wrap(withSession)))
                .isEmpty();
        assertThat(firstView.html(ReaderView.class, params("one"), wrap(signedIn)))
                .isEmpty();
        assertThat(firstView.html(ReaderView.class, params("one"), wrap(otherText)))
                .isEmpty();
        assertThat(firstView.html(ReaderView.class, params("no-such-section"), request()))
                .isEmpty();
        assertThat(firstView.html(
                        ReaderView.class, new RouteParameters(Map.of(ReaderView.MODULE, "no-such-module")), request()))
                .isEmpty();
        assertThat(firstView.html(SummaryView.class, params(null), request())).isEmpty();
    }

    private static RouteParameters params(String section) {
        return section == null
                ? new RouteParameters(Map.of(ReaderView.MODULE, "cats-module"))
                : new RouteParameters(Map.of(ReaderView.MODULE, "cats-module", ReaderView.SECTION, section));
    }

    private static VaadinServletRequest request() {
        return wrap(new MockHttpServletRequest("GET", "/modules/cats-module"));
    }

    private static VaadinServletRequest wrap(MockHttpServletRequest request) {
        return new VaadinServletRequest(request, null);
    }
}
