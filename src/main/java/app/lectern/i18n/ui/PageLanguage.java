package app.lectern.i18n.ui;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Locale;

/** The interface language a page opened by a request is shown in, for HTML the server writes before Vaadin runs. */
public final class PageLanguage {

    private PageLanguage() {}

    /** The cookie's language, else {@code Accept-Language}'s, else English: what the page's UI will use. */
    public static Locale of(VaadinRequest request, I18NProvider provider) {
        return LanguageCookie.choose(request, provider);
    }
}
