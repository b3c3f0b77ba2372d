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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged jar's management port: health probes and Prometheus metrics answer there without a login or a
 * session, and only there; on the application port the same addresses are unknown pages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManagementPortIT {

    private static final List<String> ENDPOINTS = List.of(
            "/actuator",
            "/actuator/health",
            "/actuator/health/liveness",
            "/actuator/health/readiness",
            "/actuator/prometheus",
            "/actuator/env",
            "/actuator/beans");

    private LecternProcess app;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeAll
    void start() throws Exception {
        app = new LecternProcess(Files.createTempDirectory(Path.of("target"), "e2e-management-")).start();
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void livenessAndReadinessAreUpOnTheManagementPortWithoutALoginOrASession() throws Exception {
        for (String probe : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> r = get(app.managementUrl(probe));
            assertThat(r.statusCode()).as(probe).isEqualTo(200);
            assertThat(r.body()).as(probe).contains("\"status\":\"UP\"");
            // details stay inside: no database name, no disk space
            assertThat(r.body()).as(probe).doesNotContain("H2", "diskSpace", "components");
            assertThat(r.headers().allValues("Set-Cookie")).as(probe).isEmpty();
        }
    }

    @Test
    void prometheusShowsTheAppsMetersAndTheDefaultOnes() throws Exception {
        // one refused sign-in, the same way a browser sends it, to see the counter move in the real app
        HttpResponse<String> loginPage = get(app.url("/login"));
        String session = sessionId(loginPage);
        HttpResponse<String> refused = post(
                "/login",
                session,
                Map.of(
                        "username",
                        "nobody-" + System.nanoTime(),
                        "password",
                        "wrong-password",
                        "_csrf",
                        csrf(loginPage)));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).contains("error");

        HttpResponse<String> r = get(app.managementUrl("/actuator/prometheus"));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(r.headers().allValues("Set-Cookie")).isEmpty();
        String metrics = r.body();
        assertThat(metrics)
                .contains("lectern_answers_total{outcome=\"saved\",source=\"self_study\"}")
                .contains("lectern_answers_total{outcome=\"saved\",source=\"assignment\"}")
                .contains("lectern_answer_seconds_bucket{")
                .contains("lectern_sessions_active{kind=\"anonymous\"}")
                .contains("lectern_sessions_active{kind=\"signed_in\"}")
                .contains("jvm_memory_used_bytes")
                .contains("hikaricp_connections_active")
                .contains("tomcat_sessions_active_current_sessions")
                .contains("http_server_requests_seconds");
        assertThat(value(metrics, "lectern_login_failures_total{reason=\"bad_credentials\"}"))
                .isEqualTo(1.0);
        assertThat(value(metrics, "lectern_sessions_active{kind=\"anonymous\"}"))
                .isGreaterThanOrEqualTo(1.0);
    }

    @Test
    void onlyHealthAndPrometheusAreExposed() throws Exception {
        assertThat(get(app.managementUrl("/actuator/env")).statusCode()).isEqualTo(404);
        assertThat(get(app.managementUrl("/actuator/beans")).statusCode()).isEqualTo(404);
        assertThat(get(app.managementUrl("/actuator/heapdump")).statusCode()).isEqualTo(404);
        assertThat(get(app.managementUrl("/")).statusCode()).isEqualTo(404);
    }

    @Test
    void theApplicationPortHasNoActuatorOnlyItsNotFoundPageAndNoSession() throws Exception {
        for (String path : ENDPOINTS) {
            HttpResponse<String> r = get(app.url(path));
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).as(path).doesNotContain("\"status\"", "jvm_memory", "password");
            assertThat(r.headers().firstValue("Location"))
                    .as(path + " is no login redirect")
                    .isEmpty();
            assertThat(r.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String sessionId, Map<String, String> form) throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(
                HttpRequest.newBuilder(URI.create(app.url(path)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", "JSESSIONID=" + sessionId)
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionId(HttpResponse<?> response) {
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(m.find()).as("the login page carries a CSRF token").isTrue();
        return m.group(1);
    }

    /** The value of one series in the Prometheus text format. */
    private static double value(String metrics, String series) {
        return metrics.lines()
                .filter(l -> l.startsWith(series + " "))
                .map(l -> Double.parseDouble(l.substring(series.length() + 1).trim()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no series " + series));
    }
}
