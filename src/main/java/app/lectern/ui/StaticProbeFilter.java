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
 * would cost a session. Vaadin's own requests (with {@code v-r=}), downloads ({@code /VAADIN/dynamic/}) and push
 * are left alone; files that exist (the frontend bundle, the client engine) are served as before.
 */
@Component
class StaticProbeFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        String query = request.getQueryString();
        return !(path.equals("/VAADIN") || path.startsWith("/VAADIN/"))
                || (query != null && query.contains("v-r="))
                || path.startsWith("/VAADIN/dynamic/")
                || path.startsWith("/VAADIN/push");
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
