package app.lectern.ui;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request for a file under {@code /VAADIN} that does not exist with an empty 404. Without this, Vaadin
 * treats such a request as a page, creates an HTTP session for it and redirects to the login: every scanner probe
 * would cost a session. Downloads and uploads ({@code /VAADIN/dynamic/}) and push ({@code /VAADIN/push}) are left
 * alone; files that exist (the frontend bundle, the client engine) are served as before.
 *
 * <p>A {@code v-r=} parameter opens nothing: Vaadin 25 sends its requests of type {@code uidl}, {@code heartbeat},
 * {@code init}, {@code i18n} and {@code webcomponent-resync} to the context root (the service URL), and {@code
 * push} to {@code /VAADIN/push}; no request type of Vaadin goes to any other path under {@code /VAADIN}. Letting
 * {@code v-r=} through made {@code /VAADIN/nope?v-r=x} create a session again.
 */
@Component
class StaticProbeFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return !(path.equals("/VAADIN") || path.startsWith("/VAADIN/"))
                || path.startsWith("/VAADIN/dynamic/")
                || path.equals("/VAADIN/push")
                || path.startsWith("/VAADIN/push/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (exists(path(request))) {
            chain.doFilter(request, response);
        } else {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentLength(0);
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Where Vaadin serves static files from: the production bundle and the jars' web resources. */
    private static boolean exists(String path) {
        // static files have an extension; "/VAADIN" or "/VAADIN/build" would match a folder in the jar
        if (path.contains("..") || path.lastIndexOf('.') < path.lastIndexOf('/')) {
            return false;
        }
        ClassLoader loader = StaticProbeFilter.class.getClassLoader();
        return loader.getResource("META-INF/VAADIN/webapp" + path) != null
                || loader.getResource("META-INF/resources" + path) != null;
    }
}
