package app.lectern.bench;

import java.util.Arrays;
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

    void start() {
        startNanos = System.nanoTime();
        measuring = true;
    }

    void stop() {
        endNanos = System.nanoTime();
        measuring = false;
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
        new TreeMap<>(byLabel).forEach(this::line);
        if (resumed.get() > 0) {
            System.out.printf("students back after an error with their earlier answers shown: %d%n", resumed.get());
        }
        errors.forEach((k, v) -> System.out.printf("error %s: %d (first: %s)%n", k, v.get(), firstError.get(k)));
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
