package app.lectern.lti.web;

import app.lectern.lti.DeepLinks;
import app.lectern.lti.LtiException;
import app.lectern.lti.LtiLaunches;
import app.lectern.lti.LtiRegistration;
import app.lectern.lti.OidcLogins;
import app.lectern.lti.Query;
import app.lectern.lti.ToolKeys;
import app.lectern.lti.ToolUrls;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The addresses a platform (and the browser it sends) calls: {@code /lti/jwks}, {@code /lti/login} (OIDC login
 * initiation, GET or POST), {@code /lti/launch} (the id token's form post) and {@code /lti/deep-link/<id>/return}
 * (the chosen module, posted back to the platform). Spring Security lets them through without a session and without
 * a CSRF token (the platform's posts are cross-site and authenticated by the state cookie and the signed token).
 */
@Controller
class LtiEndpoints {

    /** The cookie binding a launch to the browser that started the login. */
    static final String STATE_COOKIE = "lti_state";

    private static final Duration STATE_COOKIE_AGE = Duration.ofMinutes(10);

    private final ToolKeys keys;
    private final OidcLogins logins;
    private final LtiLaunches launches;
    private final DeepLinks deepLinks;
    private final LtiPages pages;

    LtiEndpoints(ToolKeys keys, OidcLogins logins, LtiLaunches launches, DeepLinks deepLinks, LtiPages pages) {
        this.keys = keys;
        this.logins = logins;
        this.launches = launches;
        this.deepLinks = deepLinks;
        this.pages = pages;
    }

    /** Lectern's public base address as this request shows it (forwarded headers applied by the server). */
    static ToolUrls urls(HttpServletRequest request) {
        return new ToolUrls(ServletUriComponentsBuilder.fromContextPath(request)
                .replaceQuery(null)
                .build()
                .toUriString());
    }

    @GetMapping(value = "/lti/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> jwks() {
        // JWKSet.toString() leaves private parts out; the keys are public ones anyway
        return ResponseEntity.ok()
                .header(HttpHeaders.CACHE_CONTROL, "max-age=300")
                .body(keys.publicKeys().toString());
    }

    @RequestMapping(
            value = "/lti/login",
            method = {RequestMethod.GET, RequestMethod.POST})
    void login(
            @RequestParam(name = "iss", required = false) String iss,
            @RequestParam(name = "login_hint", required = false) String loginHint,
            @RequestParam(name = "target_link_uri", required = false) String target,
            @RequestParam(name = "lti_message_hint", required = false) String messageHint,
            @RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "lti_deployment_id", required = false) String deploymentId,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        OidcLogins.Request login = new OidcLogins.Request(iss, loginHint, target, messageHint, clientId, deploymentId);
        ToolUrls urls = urls(request);
        try {
            if ("iframe".equals(request.getHeader("Sec-Fetch-Dest"))) {
                // third-party cookies are blocked in frames: the whole login runs again in a tab of its own
                LtiRegistration registration = logins.registration(login);
                pages.newTab(request, response, sameLogin(urls, login), frameAncestors(registration));
                return;
            }
            OidcLogins.Redirect redirect = logins.start(login, urls.base());
            response.addHeader(
                    HttpHeaders.SET_COOKIE,
                    ResponseCookie.from(STATE_COOKIE, redirect.state())
                            .httpOnly(true)
                            .secure(true)
                            .sameSite("None")
                            .path(request.getContextPath() + "/lti")
                            .maxAge(STATE_COOKIE_AGE)
                            .build()
                            .toString());
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader(HttpHeaders.LOCATION, redirect.location().toString());
        } catch (LtiException e) {
            pages.error(request, response, HttpServletResponse.SC_BAD_REQUEST, e.key(), e.args());
        }
    }

    @PostMapping("/lti/launch")
    void launch(
            @RequestParam(name = "id_token", required = false) String idToken,
            @RequestParam(name = "state", required = false) String state,
            @CookieValue(name = STATE_COOKIE, required = false) String stateCookie,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        HttpSession before = request.getSession(false);
        Object previous = before == null
                ? null
                : before.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        try {
            LtiLaunches.Outcome outcome = launches.launch(idToken, state, stateCookie);
            response.addHeader(
                    HttpHeaders.SET_COOKIE,
                    ResponseCookie.from(STATE_COOKIE, "")
                            .httpOnly(true)
                            .secure(true)
                            .sameSite("None")
                            .path(request.getContextPath() + "/lti")
                            .maxAge(0)
                            .build()
                            .toString());
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader(HttpHeaders.LOCATION, urls(request).base() + "/" + outcome.path());
        } catch (LtiException e) {
            // a check after the sign-in refused: the browser keeps whoever was signed in before, or nobody
            SecurityContextHolder.clearContext();
            HttpSession now = request.getSession(false);
            if (now != null) {
                if (previous == null) {
                    now.removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                } else {
                    now.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, previous);
                }
            }
            pages.error(request, response, status(e.key()), e.key(), e.args());
        }
    }

    @GetMapping("/lti/deep-link/{id}/return")
    void deepLinkReturn(
            @PathVariable("id") String id,
            @RequestParam(name = "module", required = false) String module,
            @RequestParam(name = "title", required = false) String title,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        try {
            DeepLinks.Response answer =
                    deepLinks.respond(id, module, title, urls(request).launch());
            URI to = answer.returnUrl();
            String origin = to.getScheme() + "://" + to.getRawAuthority();
            pages.autoPost(request, response, to.toString(), origin, answer.jwt());
        } catch (NoSuchElementException | AccessDeniedException gone) {
            pages.error(request, response, HttpServletResponse.SC_NOT_FOUND, "lti.deep-link.error.gone");
        } catch (LtiException e) {
            pages.error(request, response, HttpServletResponse.SC_BAD_REQUEST, e.key(), e.args());
        }
    }

    /** 401 when the token or the state does not prove who is launching, 400 for a bad request otherwise. */
    static int status(String key) {
        return switch (key) {
            case "lti.launch.error.state",
                    "lti.launch.error.state-cookie",
                    "lti.launch.error.token",
                    "lti.launch.error.alg",
                    "lti.launch.error.signature",
                    "lti.launch.error.issuer",
                    "lti.launch.error.audience",
                    "lti.launch.error.expired",
                    "lti.launch.error.issued-at",
                    "lti.launch.error.nonce" -> HttpServletResponse.SC_UNAUTHORIZED;
            default -> HttpServletResponse.SC_BAD_REQUEST;
        };
    }

    private static String sameLogin(ToolUrls urls, OidcLogins.Request login) {
        return Query.of(urls.login())
                .add("iss", login.issuer())
                .add("login_hint", login.loginHint())
                .add("target_link_uri", login.targetLinkUri())
                .add("lti_message_hint", login.messageHint())
                .add("client_id", login.clientId())
                .add("lti_deployment_id", login.deploymentId())
                .toString();
    }

    /** The platform's origins (its issuer's and its authorisation endpoint's), the only pages that may frame this. */
    private static String frameAncestors(LtiRegistration registration) {
        Set<String> origins = new LinkedHashSet<>();
        for (URI uri : new URI[] {URI.create(registration.issuer()), registration.authorizationEndpoint()}) {
            if (uri.getScheme() != null && uri.getRawAuthority() != null) {
                origins.add(uri.getScheme() + "://" + uri.getRawAuthority());
            }
        }
        return origins.isEmpty() ? "'none'" : String.join(" ", origins);
    }
}
