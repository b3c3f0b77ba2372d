package app.lectern.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load driver for Lectern over Vaadin's HTTP protocol.
 *
 * <pre>
 * java -jar bench/target/lectern-bench.jar open     --users 300  --think 10 --ramp 10 --duration 60
 * java -jar bench/target/lectern-bench.jar closed   --users 20   --duration 30
 * java -jar bench/target/lectern-bench.jar sessions --users 200
 * </pre>
 *
 * Options: {@code --url} (default http://127.0.0.1:8080), {@code --module} (china-russia-ukraine), {@code --users},
 * {@code --think} seconds (mean; each pause is uniform in 0.5–1.5 times it; 0 in the closed model), {@code --ramp}
 * seconds over which students start, {@code --warmup} seconds after the ramp before measuring, {@code --duration}
 * seconds measured; {@code --route} (sessions only: open this route instead of the reader, e.g. {@code ""} for the
 * library), {@code --tabs} (sessions only: reader tabs per session, default 1); {@code --pid} (comma-separated ids
 * of server processes on this machine: their CPU time in the window, in total and per round-trip). Exit code 1 if any
 * error was counted.
 */
public final class LoadDriver {

    private LoadDriver() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: open|closed|sessions [--url U] [--module M] [--users N] [--think S]"
                    + " [--ramp S] [--warmup S] [--duration S]");
            System.exit(2);
        }
        String mode = args[0];
        Map<String, String> o = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        URI base = URI.create(o.getOrDefault("url", "http://127.0.0.1:8080"));
        String module = o.getOrDefault("module", "china-russia-ukraine");
        int users = Integer.parseInt(o.getOrDefault("users", "30"));
        double think = Double.parseDouble(o.getOrDefault("think", mode.equals("closed") ? "0" : "10"));
        double ramp = Double.parseDouble(o.getOrDefault("ramp", String.valueOf(Math.max(1, think))));
        double warmup = Double.parseDouble(o.getOrDefault("warmup", "10"));
        double duration = Double.parseDouble(o.getOrDefault("duration", "60"));

        // POSTs are retried on a connection the server closed while idle; Flow answers a resent message (same
        // client id) with its cached reply, so a retry cannot apply an action twice.
        System.setProperty("jdk.httpclient.enableAllMethodRetry", "true");
        System.setProperty("jdk.httpclient.keepalive.timeout", "15");
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
        // --pid 123[,456]: the server processes (on this machine) whose CPU time the window's summary reports
        List<Long> pids = o.containsKey("pid")
                ? java.util.Arrays.stream(o.get("pid").split(",")).map(Long::parseLong).toList()
                : List.of();
        Stats stats = new Stats(pids);
        System.out.printf(
                "# %s %s users=%d think=%.1fs ramp=%.0fs warmup=%.0fs duration=%.0fs load:%s%n",
                mode, base, users, think, ramp, warmup, duration, load());

        if (mode.equals("sessions")) {
            sessions(http, base, stats, module, users, o.get("route"), Integer.parseInt(o.getOrDefault("tabs", "1")));
            return;
        }
        long thinkMillis = (long) (think * 1000);
        List<Thread> threads = new ArrayList<>();
        long t0 = System.nanoTime();
        long end = t0 + (long) ((ramp + warmup + duration) * 1e9);
        for (int i = 0; i < users; i++) {
            long startAt = t0 + (long) (ramp * 1e9 * i / users);
            Student s = new Student(http, base, stats, module, thinkMillis);
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(Math.max(0, (startAt - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
                s.run(() -> System.nanoTime() < end);
            }));
        }
        Thread.sleep((long) ((ramp + warmup) * 1000));
        stats.start();
        Thread.sleep((long) (duration * 1000));
        stats.stop();
        for (Thread t : threads) {
            t.interrupt();
        }
        for (Thread t : threads) {
            t.join(2000);
        }
        System.out.printf("# %s users=%d think=%.1fs; load after:%s%n", mode, users, think, load());
        stats.print();
        System.exit(stats.errorCount() == 0 ? 0 : 1);
    }

    /**
     * Opens {@code users} sessions (8 at a time), each a new browser with {@code tabs} reader tabs, and leaves them
     * open on the server.
     */
    private static void sessions(
            HttpClient http, URI base, Stats stats, String module, int users, String route, int tabs)
            throws InterruptedException {
        stats.start();
        Semaphore slots = new Semaphore(8);
        AtomicInteger ok = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            slots.acquire();
            threads.add(Thread.ofVirtual().start(() -> {
                try {
                    if (new Student(http, base, stats, module, 0).openOnly(route, tabs)) {
                        ok.incrementAndGet();
                    } else {
                        stats.error("open", "incomplete reader");
                    }
                } catch (UiClient.Failure f) {
                    stats.error("open", f.getMessage());
                } finally {
                    slots.release();
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        stats.stop();
        System.out.println("OPEN " + ok.get() + " reader sessions" + (tabs > 1 ? " of " + tabs + " tabs each" : ""));
        stats.print();
        System.exit(stats.errorCount() == 0 ? 0 : 1);
    }

    private static String load() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .trim();
        } catch (Exception e) {
            return "?";
        }
    }
}
