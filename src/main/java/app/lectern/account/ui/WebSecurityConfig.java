package app.lectern.account.ui;

import app.lectern.ui.NotFoundPage;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security for Vaadin: views are guarded by their access annotations, {@link LoginView} is the login
 * page, logout ends the session and returns to the library. Session fixation protection (a new session id on
 * login) is Spring's default and stays on. Every response carries the security headers below.
 */
@Configuration
class WebSecurityConfig {

    /**
     * The strictest policy Vaadin Flow 25 runs under in production mode; each relaxation was checked by loading the
     * packaged app in headless Chromium (library, reader, login, a teacher's class) with it removed (#11 finding 17):
     *
     * <ul>
     *   <li>{@code script-src 'unsafe-eval'}: Flow's client engine ({@code FlowClient.js}) turns the expressions
     *       the server sends into functions with {@code new Function(...)}: {@code executeJs}, element bindings and
     *       even the loading of lazy chunks ({@code "return window.Vaadin.Flow.loadOnDemand(...)"} in the first
     *       response). Without it nothing renders: the library has no title, the reader no buttons, the login form
     *       no fields. Vaadin has no CSP-safe replacement yet (vaadin/flow#10759).
     *   <li>{@code script-src 'unsafe-inline'}: the bootstrap page runs four inline scripts (the old-browser check,
     *       {@code window.Vaadin}, Spring Security's CSRF form hook, {@code JSCompiler_renameProperty}); 8
     *       violations without it. Hashes would break with any Vaadin or Spring update and gain little while
     *       {@code 'unsafe-eval'} must stay.
     *   <li>{@code style-src 'unsafe-inline'}: the bootstrap page's {@code <style>} and the components' inline
     *       styles; 22 violations without it.
     * </ul>
     *
     * Everything else is same-origin only; no plugins, no framing, no foreign form targets. Module images are
     * served by the app itself; {@code data:} covers the components' icons.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            VaadinDefaultRequestCache requestCache,
            RequestUtil requestUtil,
            I18NProvider i18n)
            throws Exception {
        // Remember the page to return to after login only for real, protected views: a request for a static
        // file, an unknown path or a probe must not create a session (memory) or a session cookie.
        requestCache.ignoreRequests(
                request -> request.getRequestURI().startsWith("/VAADIN") || !requestUtil.isSecuredFlowRoute(request));
        // our own styles and scripts, served as static files under /lectern/
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/lectern/**").permitAll());
        // LTI (app.lectern.lti.web): a platform's key fetch, its login initiation and launch posts come without a
        // session; the deep linking answer checks its own signed-in teacher and request
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/lti/jwks", "/lti/login", "/lti/launch", "/lti/deep-link/*/return")
                        .permitAll());
        http.authenticationManager(authenticationManager);
        // An address that is no page at all gets the not-found page, also when nobody is signed in: the login would
        // suggest it exists and only needs an account. Registered before Vaadin's login entry point, so it comes first.
        http.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                (request, response, denied) -> NotFoundPage.write(request, response, i18n),
                request -> isUnknownPage(request, requestUtil)));
        // eagerly: Vaadin's bootstrap page sets its own X-Frame-Options (SAMEORIGIN) unless one is there already,
        // and lazily written headers were missing from it altogether
        http.headers(headers -> headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        }));
        // Written eagerly, "no-store" would reach the frontend bundle before Vaadin sets its long cache headers,
        // and every page load would download it again: static files keep Vaadin's caching, everything else is
        // never cached (pages and downloads may hold a student's work).
        http.headers(headers -> headers.cacheControl(cache -> cache.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                        request -> !isStaticFile(request), new CacheControlHeadersWriter())));
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        // Vaadin's own CSRF setup exempts the login page, and with it the form's POST to /login: any site could sign a
        // browser in to an account of the attacker's choosing (login CSRF) and collect what the victim then answers.
        // Only Vaadin's internal requests (which carry Vaadin's own token) are exempt here; the LoginForm sends
        // Spring's token from the page's <meta name="_csrf"> with the form.
        // The platform's two posts (login initiation, the id token) are cross-site by nature: they are bound to the
        // browser by the state cookie and authenticated by the platform's signature, not by a CSRF token.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(
                        request -> requestUtil.isFrameworkInternalRequest(request) || isLtiPost(request))
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <O extends CsrfFilter> O postProcess(O filter) {
                        filter.setAccessDeniedHandler(WebSecurityConfig::refuseForgedPost);
                        return filter;
                    }
                }));
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                // after a sign-in that did not start from a protected page, each user goes to their own track
                vaadin -> vaadin.loginView(LoginView.class, "/")
                        .defaultSuccessUrl("/" + LandingView.ROUTE)
                        .enableCsrfConfiguration(false));
        return http.build();
    }

    /**
     * A form post without this site's CSRF token (another site's form, or a page left open past its session): 403
     * with a link back to the login. Written directly: through the servlet's error page the anonymous visitor would
     * be redirected to the login instead, and the refusal would not show as one.
     */
    private static void refuseForgedPost(
            jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response,
            org.springframework.security.access.AccessDeniedException denied)
            throws java.io.IOException {
        response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter()
                .write("<!DOCTYPE html><html lang=\"en\"><head><title>Lectern</title></head><body><main>"
                        + "<h1>This form has expired</h1><p>It was sent without this page's security token, or from"
                        + " another site. <a href=\"" + request.getContextPath() + "/login\">Sign in again</a>.</p>"
                        + "</main></body></html>");
    }

    /** A platform's post to the LTI login initiation or launch address. */
    static boolean isLtiPost(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && (path.equals("/lti/login") || path.equals("/lti/launch"));
    }

    /** A page load of an address that no view has, which Vaadin's rules would otherwise send to the login. */
    static boolean isUnknownPage(jakarta.servlet.http.HttpServletRequest request, RequestUtil requestUtil) {
        return "GET".equals(request.getMethod())
                && !requestUtil.isFrameworkInternalRequest(request)
                && !requestUtil.isSecuredFlowRoute(request)
                && !requestUtil.isAnonymousRoute(request);
    }

    private static boolean isStaticFile(jakarta.servlet.http.HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.startsWith("/VAADIN/build/") || path.startsWith("/lectern/") || path.startsWith("/icons/"))
                && request.getQueryString() == null;
    }
}
