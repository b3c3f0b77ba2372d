package app.lectern.i18n.ui;

import app.lectern.i18n.Languages;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The cookie that remembers the chosen interface language, read when a page opens and written by the switch. */
final class LanguageCookie {

    /** The cookie's name. */
    static final String NAME = "lectern-lang";

    private static final int MAX_AGE = (int) Duration.ofDays(365).toSeconds();

    private LanguageCookie() {}

    /** The language for a page opened by {@code request}: the cookie's, else {@code Accept-Language}'s, else English. */
    static Locale choose(VaadinRequest request, I18NProvider provider) {
        List<Locale> offered = provider.getProvidedLocales();
        String cookie = null;
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (NAME.equals(c.getName())) {
                    cookie = c.getValue();
                }
            }
        }
        // without the header a servlet container reports its own default locale, which the visitor never chose
        List<Locale> preferred =
                request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
        return Languages.choose(cookie, preferred, offered);
    }

    /** Remembers {@code locale} for a year on the visitor's browser. */
    static void write(VaadinRequest request, VaadinResponse response, Locale locale) {
        Cookie cookie = new Cookie(NAME, locale.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(MAX_AGE);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
