package app.lectern.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Round-trip latencies, bytes and errors, counted only while {@link #measuring} is on. */
final class Stats {

    private static final class Series {
        private long[] micros = new long[1024];
        private int n;
        private long wire;
        private long raw;

        synchronized void add(long us, long wireBytes, long rawBytes) {
            if (n == micros.length) {
                micros = Arrays.copyOf(micros, n * 2);
            }
            micros[n++] = us;
            wire += wireBytes;
            raw += rawBytes;
        }

        synchronized long[] sorted() {
            long[] s = Arrays.copyOf(micros, n);
            Arrays.sort(s);
            return s;
        }
    }

    volatile boolean measuring;
    private final Series all = new Series();
    private final Map<String, Series> byLabel = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final Map<String, String> firstError = new ConcurrentHashMap<>();
    private final AtomicLong checks = new AtomicLong();
    private final AtomicLong resumed = new AtomicLong();
    private volatile long startNanos;
    private volatile long endNanos;
    private final List<Long> serverPids;
    private long[] cpuTicksAtStart;
    private long[] cpuTicksAtEnd;
    private Map<String, Long> jitTicksAtStart = Map.of();
    private Map<String, Long> jitTicksAtEnd = Map.of();

    /** @param serverPids processes whose CPU time (user + system) is read at the start and end of the window */
    Stats(List<Long> serverPids) {
        this.serverPids = serverPids;
    }

    Stats() {
        this(List.of());
    }

    void start() {
        jitTicksAtStart = jitTicks();
        cpuTicksAtStart = cpuTicks();
        startNanos = System.nanoTime();
        measuring = true;
    }

    void stop() {
        endNanos = System.nanoTime();
        measuring = false;
        cpuTicksAtEnd = cpuTicks();
        jitTicksAtEnd = jitTicks();
    }

    /**
     * CPU ticks of the servers' JIT compiler threads (by thread id): compilation is warm-up, not work per round-trip,
     * and on a busy machine it goes on for minutes.
     */
    private Map<String, Long> jitTicks() {
        Map<String, Long> ticks = new java.util.HashMap<>();
        for (long pid : serverPids) {
            try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
                for (Path task : tasks.toList()) {
                    try {
                        String stat = Files.readString(task.resolve("stat"));
                        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            ticks.put(pid + "/" + task.getFileName(), Long.parseLong(f[11]) + Long.parseLong(f[12]));
                        }
                    } catch (IOException | RuntimeException e) {
                        // the thread ended meanwhile
                    }
                }
            } catch (IOException e) {
                // not readable: no JIT figure
            }
        }
        return ticks;
    }

    /** utime + stime of each server process from /proc/PID/stat, in clock ticks (-1 if unreadable). */
    private long[] cpuTicks() {
        long[] ticks = new long[serverPids.size()];
        for (int i = 0; i < ticks.length; i++) {
            try {
                String stat = Files.readString(Path.of("/proc/" + serverPids.get(i) + "/stat"));
                // fields after the command name (which may hold spaces) start after the last ')'
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks[i] = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            } catch (IOException | RuntimeException e) {
                ticks[i] = -1;
            }
        }
        return ticks;
    }

    void record(String label, long nanos, long wireBytes, long rawBytes) {
        if (!measuring) {
            return;
        }
        long us = nanos / 1000;
        all.add(us, wireBytes, rawBytes);
        byLabel.computeIfAbsent(label, k -> new Series()).add(us, wireBytes, rawBytes);
    }

    /** A check of an expected change that passed. */
    void checked() {
        if (measuring) {
            checks.incrementAndGet();
        }
    }

    /** A student who came back after an error (a reload) and found the answers given before it. */
    void resumed() {
        resumed.incrementAndGet();
    }

    void error(String what, String message) {
        if (!measuring) {
            return;
        }
        errors.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
        firstError.putIfAbsent(what, message);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    void print() {
        double seconds = (endNanos - startNanos) / 1e9;
        long[] s = all.sorted();
        System.out.printf(
                "window %.1f s: %d round-trips, %.1f/s; %d expected changes checked; errors %d%n",
                seconds, s.length, s.length / seconds, checks.get(), errorCount());
        System.out.printf(
                "%-10s %8s %8s %8s %8s %8s %8s %10s %10s%n",
                "round-trip", "count", "p50 ms", "p95 ms", "p99 ms", "max ms", "mean ms", "wire B", "json B");
        line("all", all);
        printServerCpu(seconds, s.length);
        new TreeMap<>(byLabel).forEach(this::line);
        if (resumed.get() > 0) {
            System.out.printf("students back after an error with their earlier answers shown: %d%n", resumed.get());
        }
        errors.forEach((k, v) -> System.out.printf("error %s: %d (first: %s)%n", k, v.get(), firstError.get(k)));
    }

    /** CPU ms of the server processes per round-trip in the window: a figure that other load on the machine barely moves. */
    private void printServerCpu(double seconds, int roundTrips) {
        if (serverPids.isEmpty() || cpuTicksAtStart == null || cpuTicksAtEnd == null) {
            return;
        }
        double msPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux
        double total = 0;
        for (int i = 0; i < serverPids.size(); i++) {
            if (cpuTicksAtStart[i] < 0 || cpuTicksAtEnd[i] < 0) {
                System.out.printf("server %d: CPU not readable%n", serverPids.get(i));
                return;
            }
            total += (cpuTicksAtEnd[i] - cpuTicksAtStart[i]) * msPerTick;
        }
        double jit = 0;
        for (Map.Entry<String, Long> e : jitTicksAtEnd.entrySet()) {
            jit += (e.getValue() - jitTicksAtStart.getOrDefault(e.getKey(), 0L)) * msPerTick;
        }
        System.out.printf(
                "server CPU in window: %.1f s (%.2f cores); %.3f ms per round-trip; without the JIT compiler threads"
                        + " (%.1f s): %.3f ms per round-trip%n",
                total / 1000,
                total / 1000 / seconds,
                roundTrips == 0 ? 0 : total / roundTrips,
                jit / 1000,
                roundTrips == 0 ? 0 : (total - jit) / roundTrips);
    }

    private void line(String label, Series series) {
        long[] s = series.sorted();
        if (s.length == 0) {
            return;
        }
        double mean = Arrays.stream(s).average().orElse(0) / 1000;
        System.out.printf(
                "%-10s %8d %8.1f %8.1f %8.1f %8.1f %8.1f %10d %10d%n",
                label,
                s.length,
                pct(s, 50),
                pct(s, 95),
                pct(s, 99),
                s[s.length - 1] / 1000.0,
                mean,
                series.wire / s.length,
                series.raw / s.length);
    }

    private static double pct(long[] sorted, double p) {
        int idx = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1000.0;
    }
}
