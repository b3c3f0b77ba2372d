package app.lectern.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import java.util.Locale;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The frame around every view: a skip link, the app name linking to the library, the features' {@link HeaderItem}s
 * (the account menu), and the {@code main} landmark that views render into. It loads the app's styles and the
 * evidence-highlighting script. It links by address and imports no feature, so every feature's views may use it.
 */
@JavaScript("context://lectern/lectern-highlight.js")
@com.vaadin.flow.server.auth.AnonymousAllowed
public class MainLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** The id of the {@code main} element, the skip link's target. */
    public static final String MAIN_ID = "main-content";

    /** The library's address, the home page. */
    public static final String LIBRARY = "";

    private final Main main = new Main();

    /**
     * Languages written right to left (ISO 639-1, and {@code ar} for the pseudo-locale {@code ar-XB}); a set of our
     * own rather than {@code java.awt.ComponentOrientation}, which would need the desktop module at run time.
     */
    private static final java.util.Set<String> RIGHT_TO_LEFT =
            java.util.Set.of("ar", "dv", "fa", "he", "ks", "ku", "ps", "sd", "ug", "ur", "yi");

    /** Builds the frame with a fresh component from each header item. */
    public MainLayout(ObjectProvider<HeaderItem> headerItems) {
        addClassName("lectern-shell");

        // static texts as escaped HTML, not text nodes: this frame is in every open tab (see StaticText)
        Anchor skip = StaticText.set(new Anchor("#" + MAIN_ID, ""), getTranslation("layout.skip"));
        skip.addClassName("skip-link");
        // the router would treat "#main-content" as a navigation relative to <base>; move focus in place instead
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement()
                .executeJs(
                        "this.addEventListener('click', e => { e.preventDefault();"
                                + " const m = document.getElementById($0); if (m) { m.focus(); m.scrollIntoView(); } })",
                        MAIN_ID);

        Anchor brand = StaticText.set(new Anchor(LIBRARY, ""), getTranslation("layout.app-name"));
        brand.addClassName("lectern-brand");
        brand.getElement().setAttribute("aria-label", getTranslation("layout.home"));
        Header header = new Header(brand);
        headerItems.orderedStream().map(HeaderItem::create).forEach(header::add);
        header.addClassName("lectern-header");

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("lectern-main");

        Footer footer = new Footer(StaticText.set(new Paragraph(), getTranslation("layout.footer")));
        footer.addClassName("lectern-footer");

        add(skip, header, main, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(Objects.requireNonNull(content.getElement()));
        }
    }

    /**
     * Asks the browser for an empty answer right after each navigation. Flow keeps its last response per open tab
     * (to answer a resent request); after a navigation that is the whole page as JSON (about 110 KB for a reader
     * section, twice that as a Java string). The browser's answer makes Flow send, and keep, a tiny response
     * instead, at the cost of one small round-trip (measured in docs/performance.md).
     */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        getUI().ifPresent(ui -> ui.getPage().executeJs("return 0").then(Integer.class, ignored -> {}));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Locale locale = event.getUI().getLocale();
        String lang = locale == null ? "en" : locale.toLanguageTag();
        String dir = locale != null && RIGHT_TO_LEFT.contains(locale.getLanguage()) ? "rtl" : "ltr";
        event.getUI()
                .getPage()
                .executeJs("document.documentElement.lang = $0; document.documentElement.dir = $1", lang, dir);
    }

    /** Formats a page title as "{@code <view> · Lectern}". */
    public static String title(Component view, String viewTitle) {
        return view.getTranslation("layout.title", viewTitle);
    }
}
