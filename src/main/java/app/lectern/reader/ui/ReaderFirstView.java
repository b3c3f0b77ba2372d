package app.lectern.reader.ui;

import app.lectern.catalog.ContentCatalog;
import app.lectern.content.LearningModule;
import app.lectern.content.Section;
import app.lectern.i18n.ui.PageLanguage;
import app.lectern.reader.SectionHtml;
import app.lectern.ui.FirstViewContent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * The first view of a self-study section for an anonymous visitor: the module's heading, the section list and the
 * section's text, as the reader shows them, so that the text is readable before the client engine has run. Only for
 * what the reader shows every anonymous visitor the same way: a section named in the address, or the first section
 * on a first visit (a returning visitor, with a session, resumes where they left off, which only the view knows).
 * Glossary definitions are left out (some open only after answers); the view adds them. A signed-in visitor gets
 * none: the reader may send a student to an assignment instead.
 */
@SpringComponent
class ReaderFirstView implements FirstViewContent {

    private final ContentCatalog catalog;
    private final I18NProvider i18n;

    ReaderFirstView(ContentCatalog catalog, I18NProvider i18n) {
        this.catalog = catalog;
        this.i18n = i18n;
    }

    @Override
    public Optional<String> html(Class<? extends Component> target, RouteParameters parameters, VaadinRequest request) {
        if (target != ReaderView.class
                || request.getUserPrincipal() != null
                || !request.getParameterMap().isEmpty()) {
            return Optional.empty();
        }
        Optional<LearningModule> found = parameters.get(ReaderView.MODULE).flatMap(catalog::module);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        LearningModule module = found.get();
        Optional<String> asked = parameters.get(ReaderView.SECTION);
        Optional<Section> section;
        if (asked.isPresent()) {
            section = module.section(asked.get());
        } else if (request.getWrappedSession(false) == null && !hasSessionCookie(request)) {
            section = Optional.of(module.sections().getFirst());
        } else {
            section = Optional.empty();
        }
        return section.map(s -> render(module, s, PageLanguage.of(request, i18n)));
    }

    private static boolean hasSessionCookie(VaadinRequest request) {
        return request.getCookies() != null
                && java.util.Arrays.stream(request.getCookies())
                        .anyMatch(c -> c.getName().equals("JSESSIONID"));
    }

    private String render(LearningModule module, Section section, Locale locale) {
        Element page = new Element("div").addClass("lectern-page").addClass("reader");
        Element head = page.appendElement("div").addClass("reader-head");
        head.appendElement("h1").attr("lang", module.language()).text(module.title());
        head.appendElement("p")
                .addClass("attribution")
                .text(LibraryView.attribution((key, args) -> i18n.getTranslation(key, locale, args), module.source()));
        Element grid = page.appendElement("div").addClass("reader-grid");
        Element nav = grid.appendElement("nav").addClass("section-nav");
        nav.appendElement("h2").addClass("section-nav-heading").text(i18n.getTranslation("reader.sections", locale));
        Element list = nav.appendElement("ol");
        for (Section s : module.sections()) {
            Element link = list.appendElement("li")
                    .appendElement("a")
                    .attr("href", url(module, s))
                    .attr("lang", module.language())
                    .text(s.title());
            if (s.id().equals(section.id())) {
                link.attr("aria-current", "page").addClass("current");
            }
        }
        Element article = grid.appendElement("div")
                .addClass("reader-content")
                .appendElement("article")
                .addClass("section-article")
                .attr("lang", module.language());
        article.appendElement("h2").text(section.title());
        // no glossary: a definition may be locked until the visitor has answered (the view adds the terms)
        article.appendElement("div")
                .addClass("article-body")
                .append(SectionHtml.render(section.body(), List.of(), "first-view-term-")
                        .html());
        return page.outerHtml();
    }

    /** The section's address relative to the page's {@code <base>}, as the view's router links have it. */
    private static String url(LearningModule module, Section section) {
        return "modules/" + encode(module.id()) + "/" + encode(section.id());
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
