package app.lectern.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An anonymous flood over loopback (#11 finding 8): 250 connections that send a POST's headers and a few bytes of
 * its body, then nothing, and three times as many anonymous page loads as the server keeps anonymous sessions. A
 * visitor whose session was opened before the flood keeps being served (median under 1 s, every answer within 15 s); the flood gets the busy page,
 * and the slow senders are cut off.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FloodIT {

    private static final int MAX_ANONYMOUS = 40;
    private static final int SLOW_SENDERS = 250;
    private static final int PAGE_LOADS = 3 * MAX_ANONYMOUS;
    // loose enough for a CI machine running other tests beside this one (a quiet run: p50 13 ms, max 4.7 s); an
    // unresponsive server misses both, its requests time out at 30 s
    private static final Duration BOUND = Duration.ofSeconds(15);
    private static final Duration MEDIAN_BOUND = Duration.ofSeconds(1);

    private LecternProcess app;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    @BeforeAll
    void start() throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "e2e-flood-");
        app = new LecternProcess(data, List.of("--lectern.sessions.max-anonymous=" + MAX_ANONYMOUS), java.util.Map.of())
                .start();
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(app.url(path))).timeout(Duration.ofSeconds(30));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }

    /**
     * A POST that declares a body and sends a few bytes of it, then nothing.
     *
     * @return seconds until the server answered or closed the connection, or -1 if it kept it open
     */
    private double slowPost(int i) {
        long start = System.nanoTime();
        URI uri = URI.create(app.url("/"));
        // every other one declares more than Vaadin reads, the rest a small body
        int declared = i % 2 == 0 ? 2_000_000 : 4_000;
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /?v-r=uidl&v-uiId=0 HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + declared + "\r\n\r\n{\"csrfToken\":\"")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[4096];
            while (in.read(buffer) >= 0) {
                // read the answer, if any, until the server closes
            }
            return (System.nanoTime() - start) / 1e9;
        } catch (java.net.SocketTimeoutException e) {
            return -1;
        } catch (java.io.IOException e) {
            // reset by the server: cut off
            return (System.nanoTime() - start) / 1e9;
        }
    }

    @Test
    void aVisitorWithASessionIsServedWhileAnAnonymousFloodRuns() throws Exception {
        HttpResponse<String> first = get("/", null);
        assertThat(first.statusCode()).isEqualTo(200);
        String student = sessionCookie(first);
        assertThat(student).as("a session before the flood").isNotNull();

        AtomicInteger served = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        AtomicInteger sessionsGiven = new AtomicInteger();
        AtomicInteger other = new AtomicInteger();
        List<Future<Double>> slow = new ArrayList<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Integer> studentStatuses = Collections.synchronizedList(new ArrayList<>());
        long floodStart = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < SLOW_SENDERS; i++) {
                int n = i;
                slow.add(pool.submit(() -> slowPost(n)));
            }
            for (int i = 0; i < PAGE_LOADS; i++) {
                pool.submit(() -> {
                    try {
                        HttpResponse<String> page = get("/", null);
                        if (page.statusCode() == 503) {
                            busy.incrementAndGet();
                            assertThat(sessionCookie(page))
                                    .as("no session for a refused visitor")
                                    .isNull();
                        } else if (page.statusCode() == 200) {
                            served.incrementAndGet();
                        } else {
                            other.incrementAndGet();
                        }
                        if (sessionCookie(page) != null) {
                            sessionsGiven.incrementAndGet();
                        }
                    } catch (Exception e) {
                        other.incrementAndGet();
                    }
                    return null;
                });
            }
            // the visitor with a session: a page load and Vaadin's start-up request, one after another, for 15 s
            long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (System.nanoTime() < until) {
                for (String path : List.of("/", "/?v-r=init&location=&query=")) {
                    long t = System.nanoTime();
                    HttpResponse<String> page = get(path, student);
                    latencies.add(System.nanoTime() - t);
                    studentStatuses.add(page.statusCode());
                }
                Thread.sleep(100);
            }
        }
        List<Double> cutOff = new ArrayList<>();
        for (Future<Double> f : slow) {
            cutOff.add(f.get());
        }

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double max = sorted.getLast() / 1e6;
        double slowestCut =
                cutOff.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        long keptOpen = cutOff.stream().filter(s -> s < 0).count();
        System.out.printf(
                "FloodIT: %d slow POSTs (cut off after at most %.1f s, %d kept open), %d anonymous page loads"
                        + " (%d served, %d busy, %d other, %d sessions given, cap %d); visitor with a session: %d"
                        + " requests, p50 %.0f ms, max %.0f ms; flood took %.1f s%n",
                SLOW_SENDERS,
                slowestCut,
                keptOpen,
                PAGE_LOADS,
                served.get(),
                busy.get(),
                other.get(),
                sessionsGiven.get(),
                MAX_ANONYMOUS,
                latencies.size(),
                p50,
                max,
                (System.nanoTime() - floodStart) / 1e9);

        assertThat(studentStatuses).as("the visitor with a session is served").containsOnly(200);
        assertThat(p50).as("median answer to the visitor with a session, ms").isLessThan(MEDIAN_BOUND.toMillis());
        assertThat(max).as("slowest answer to the visitor with a session, ms").isLessThan(BOUND.toMillis());
        assertThat(busy.get())
                .as("anonymous visitors over the cap get the busy page")
                .isPositive();
        // the visitor's own session and the flood's: never more than the limit
        assertThat(sessionsGiven.get()).as("sessions given to the flood").isLessThan(MAX_ANONYMOUS);
        assertThat(keptOpen).as("slow senders the server kept waiting for").isZero();
        assertThat(slowestCut)
                .as("seconds until the last slow sender was cut off")
                .isLessThan(25);
    }

    @Test
    void aVaadinRequestDeclaringAnOversizedBodyIsRefusedWith413() throws Exception {
        String cookie = sessionCookie(get("/login", null));
        HttpResponse<String> big = http.send(
                HttpRequest.newBuilder(URI.create(app.url("/?v-r=uidl&v-uiId=0")))
                        .header("Content-Type", "application/json")
                        .header("Cookie", cookie == null ? "x=y" : cookie)
                        .POST(HttpRequest.BodyPublishers.ofString("\"" + "x".repeat(1_000_000) + "\""))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(big.statusCode()).isEqualTo(413);
    }
}
