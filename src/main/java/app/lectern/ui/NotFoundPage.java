package app.lectern.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/**
 * The not-found page as plain HTML, for a visitor who is not signed in and loads an address that is no page at all
 * ({@code /nope}, {@code /assignments/not-a-number}): 404 with the {@link NotFoundView}'s words and a link to the
 * library, instead of the login. Unlike the view it needs no session, so a scanner's probes cost no server memory.
 * Its styles are inline (the page's policy allows inline styles), light or dark as the visitor's system is set.
 */
public final class NotFoundPage {

    private NotFoundPage() {}

    /** Writes the page with status 404. */
    public static void write(HttpServletRequest request, HttpServletResponse response, I18NProvider i18n)
            throws IOException {
        Locale locale = Locale.ENGLISH;
        String context = request.getContextPath();
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<meta name=\"color-scheme\" content=\"light dark\">"
                        + "<title>"
                        + StaticText.escape(i18n.getTranslation(
                                "layout.title", locale, i18n.getTranslation("notfound.heading", locale)))
                        + "</title><link rel=\"icon\" type=\"image/svg+xml\" href=\"" + context
                        + "/lectern/icons/favicon.svg\"><style>"
                        + "body{margin:0;font:1.0625rem/1.6 system-ui,sans-serif;background:#f6f7f9;color:#1b1f24}"
                        + "header{background:#12263f;padding:.75rem 1rem}header a{color:#fff;font-weight:700;"
                        + "text-decoration:none}main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem}"
                        + "a{color:#1a56b3}a:focus-visible{outline:3px solid #1a56b3;outline-offset:2px}"
                        + "@media (prefers-color-scheme:dark){body{background:#121416;color:#e8eaed}"
                        + "header{background:#0b1726}a{color:#8ab4f8}a:focus-visible{outline-color:#8ab4f8}}"
                        + "</style></head><body><header><a href=\"" + context + "/\">"
                        + StaticText.escape(i18n.getTranslation("layout.app-name", locale))
                        + "</a></header><main><h1>"
                        + StaticText.escape(i18n.getTranslation("notfound.heading", locale))
                        + "</h1><p>" + StaticText.escape(i18n.getTranslation("notfound.page", locale))
                        + "</p><p><a href=\"" + context + "/\">"
                        + StaticText.escape(i18n.getTranslation("notfound.back", locale))
                        + "</a></p></main></body></html>");
    }
}
