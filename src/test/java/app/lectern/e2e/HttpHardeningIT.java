package app.lectern.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Plain HTTP against the packaged jar, as a scanner or an attacker would talk to it: probes create no session and
 * reveal nothing, every response carries the security headers, the session cookie has safe flags, login rotates the
 * session id and logout ends the server session.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpHardeningIT {

    private static final String TEACHER = "hardening-teacher";
    private static final String PASSWORD = "correct-horse-battery";

    private LecternProcess app;
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "e2e-http-");
        createTeacher(data);
        // this machine is the TLS-terminating reverse proxy (docs/operations.md); no peer is believed otherwise
        app = new LecternProcess(data, List.of("--lectern.trusted-proxies=127.0.0.1,::1"), Map.of()).start();
    }

    /** The schema as the app makes it, plus one teacher, written before the app starts (no sign-up over HTTP). */
    private static void createTeacher(Path data) throws Exception {
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("lectern") + ";WRITE_DELAY=0";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                PreparedStatement insert = c.prepareStatement(
                        "insert into app_user (login_name, display_name, password_hash, roles, enabled, created_at)"
                                + " values (?, ?, ?, 'TEACHER', true, ?)")) {
            insert.setString(1, TEACHER);
            insert.setString(2, "Hardening Teacher");
            insert.setString(
                    3,
                    PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD));
            insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String sessionId, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create(app.url(path)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + sessionId)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst();
    }

    private static String sessionId(HttpResponse<?> response) {
        String cookie = sessionCookie(response).orElseThrow(() -> new AssertionError("no session cookie"));
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    }

    private static String csrfToken(HttpResponse<String> page) {
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    @Test
    void probesOfStaticAndUnknownPathsCreateNoSessionAndRevealNothing() throws Exception {
        List<String> probes = List.of(
                "/VAADIN",
                "/VAADIN/",
                "/VAADIN/x",
                "/VAADIN/../WEB-INF/web.xml",
                "/nope",
                "/teach/../etc",
                "/teach/classes/not-a-number/../../../etc/passwd",
                "/.env",
                "/actuator",
                "/actuator/health",
                "/h2-console",
                "/error",
                // an encoded slash: refused by Tomcat itself, with its own error page
                "/teach%2F..%2Fetc",
                "/nope?q=%3Cscript%3Ealert(1)%3C/script%3E");
        for (String probe : probes) {
            HttpResponse<String> response = get(probe);
            assertThat(sessionCookie(response))
                    .as("session cookie for " + probe)
                    .isEmpty();
            if (probe.startsWith("/VAADIN")) {
                assertThat(response.headers().allValues("Set-Cookie"))
                        .as("learner cookie for " + probe)
                        .noneMatch(c -> c.startsWith("lectern_learner="));
            }
            assertThat(response.statusCode()).as(probe).isIn(302, 400, 404);
            if (response.statusCode() == 302) {
                assertThat(response.headers().firstValue("Location").orElseThrow())
                        .as(probe)
                        .isEqualTo(app.url("/login"));
            }
            assertThat(response.headers().firstValue("Server")).as(probe).isEmpty();
            assertThat(response.headers().firstValue("X-Powered-By")).as(probe).isEmpty();
            assertThat(response.body())
                    .as(probe)
                    .doesNotContainIgnoringCase("exception")
                    .doesNotContain("at org.", "at app.lectern", "at java.")
                    .doesNotContainIgnoringCase("tomcat")
                    .doesNotContainIgnoringCase("spring")
                    .doesNotContain("<script>alert(1)");
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path :
                List.of("/", "/login", "/signup", "/join", "/modules/china-russia-ukraine", "/teach", "/nope")) {
            HttpResponse<String> response = get(path);
            String csp =
                    response.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(csp)
                    .as(path)
                    .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'")
                    .doesNotContain("*");
            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .contains("strict-origin-when-cross-origin");
        }
    }

    @Test
    void theSessionCookieIsHttpOnlySameSiteAndSecureBehindHttps() throws Exception {
        String plain = sessionCookie(get("/login")).orElseThrow();
        assertThat(plain).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure");

        // the configured reverse proxy on this machine, which terminated TLS
        String proxied =
                sessionCookie(get("/login", "X-Forwarded-Proto", "https")).orElseThrow();
        assertThat(proxied).contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    @Test
    void aCrossSiteLoginWithoutTheCsrfTokenSignsNobodyIn() throws Exception {
        // what a form on another site can send: the right name and password, no token, a foreign Origin
        HttpResponse<String> forged = http.send(
                HttpRequest.newBuilder(URI.create(app.url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://evil.example")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + TEACHER + "&password=" + PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).doesNotContainIgnoringCase("exception").doesNotContain("at org.");
        sessionCookie(forged).ifPresent(cookie -> {
            String id = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
            try {
                assertThat(get("/teach", "Cookie", "JSESSIONID=" + id).statusCode())
                        .as("the session of a forged login is not signed in")
                        .isEqualTo(302);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        // the same with a session that has a token, but the token not sent
        HttpResponse<String> loginPage = get("/login");
        HttpResponse<String> withoutToken =
                post("/login", sessionId(loginPage), Map.of("username", TEACHER, "password", PASSWORD));
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(get("/teach", "Cookie", "JSESSIONID=" + sessionId(loginPage)).statusCode())
                .isEqualTo(302);
    }

    @Test
    void loginRotatesTheSessionIdAndLogoutEndsTheServerSession() throws Exception {
        HttpResponse<String> loginPage = get("/login");
        String before = sessionId(loginPage);

        HttpResponse<String> login = post(
                "/login", before, Map.of("username", TEACHER, "password", PASSWORD, "_csrf", csrfToken(loginPage)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String after = sessionId(login);
        assertThat(after).isNotEqualTo(before);

        assertThat(get("/teach", "Cookie", "JSESSIONID=" + after).statusCode())
                .as("the new session is signed in")
                .isEqualTo(200);
        assertThat(get("/teach", "Cookie", "JSESSIONID=" + before).statusCode())
                .as("the pre-login session id is worth nothing")
                .isEqualTo(302);

        HttpResponse<String> signedInPage = get("/teach", "Cookie", "JSESSIONID=" + after);
        HttpResponse<String> logout = post("/logout", after, Map.of("_csrf", csrfToken(signedInPage)));
        assertThat(logout.statusCode()).isEqualTo(302);

        HttpResponse<String> replay = get("/teach", "Cookie", "JSESSIONID=" + after);
        assertThat(replay.statusCode()).as("the old session id after logout").isEqualTo(302);
        assertThat(replay.headers().firstValue("Location").orElseThrow()).isEqualTo(app.url("/login"));
    }
}
