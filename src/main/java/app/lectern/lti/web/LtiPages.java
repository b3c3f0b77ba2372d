package app.lectern.lti.web;

import app.lectern.i18n.BundleTranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The small pages the LTI endpoints answer with, written directly (no Vaadin: platforms post to them). */
@Component
class LtiPages {

    private final BundleTranslationProvider i18n;

    LtiPages(BundleTranslationProvider i18n) {
        this.i18n = i18n;
    }

    String text(HttpServletRequest request, String key, Object... args) {
        return i18n.getTranslation(key, locale(request), args);
    }

    /** A refusal: the message, no link onwards (the launch must start again from the platform). */
    void error(HttpServletRequest request, HttpServletResponse response, int status, String key, Object... args)
            throws IOException {
        response.setStatus(status);
        write(
                request,
                response,
                text(request, "lti.page.error.heading"),
                "<p id=\"lti-error\">" + esc(text(request, key, args)) + "</p><p>"
                        + esc(text(request, "lti.page.error.again")) + "</p>");
    }

    /** Framed by a platform: one link that opens the same login in a new tab. */
    void newTab(HttpServletRequest request, HttpServletResponse response, String loginUrl, String frameAncestors)
            throws IOException {
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors "
                        + frameAncestors);
        write(
                request,
                response,
                text(request, "lti.page.new-tab.heading"),
                "<p>" + esc(text(request, "lti.page.new-tab.why")) + "</p><p><a id=\"lti-new-tab\" href=\""
                        + esc(loginUrl) + "\" target=\"_blank\" rel=\"noopener\" style=\"font-size:1.25rem\">"
                        + esc(text(request, "lti.page.new-tab.open")) + "</a></p>");
    }

    /** Posts the deep linking answer to the platform at once (a button without script). */
    void autoPost(HttpServletRequest request, HttpServletResponse response, String action, String origin, String jwt)
            throws IOException {
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; base-uri 'none';"
                        + " frame-ancestors 'none'; form-action " + origin);
        write(
                request,
                response,
                text(request, "lti.page.return.heading"),
                "<form id=\"lti-return\" method=\"post\" action=\"" + esc(action) + "\">"
                        + "<input type=\"hidden\" name=\"JWT\" value=\"" + esc(jwt) + "\">"
                        + "<button type=\"submit\">" + esc(text(request, "lti.page.return.continue"))
                        + "</button></form><script>document.getElementById('lti-return').submit();</script>");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, String heading, String body)
            throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"" + locale(request).getLanguage()
                        + "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                        + "<title>" + esc(heading) + " – Lectern</title></head><body style=\"font-family:sans-serif;"
                        + "max-inline-size:40rem;margin:2rem auto;padding-inline:1rem\"><main><h1>" + esc(heading)
                        + "</h1>" + body + "</main></body></html>");
    }

    private static Locale locale(HttpServletRequest request) {
        Locale l = request.getLocale();
        return l != null && l.getLanguage().equals("uk") ? Locale.of("uk") : Locale.ENGLISH;
    }

    private static String esc(String s) {
        return HtmlUtils.htmlEscape(s);
    }
}
