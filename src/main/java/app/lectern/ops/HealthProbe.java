package app.lectern.ops;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;

/**
 * The container's health check: the image has no shell and no curl, so Docker's {@code HEALTHCHECK} (compose's
 * {@code healthcheck}) runs {@code java -cp /app/lectern.jar app.lectern.ops.HealthProbe [URL]}. Exits 0 when the
 * URL answers 200 within 3 seconds, 1 otherwise. The default URL is the liveness group of the management port.
 */
public final class HealthProbe {

    /** Spring Boot Actuator's liveness group on the management port (never published outside the container). */
    public static final String DEFAULT_URL = "http://127.0.0.1:8081/actuator/health/liveness";

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private HealthProbe() {}

    /**
     * Probes the URL given as the only argument, or {@link #DEFAULT_URL}.
     *
     * @param args nothing, or the URL to probe
     */
    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : DEFAULT_URL;
        int status = status(url);
        if (status != 200) {
            System.err.println("unhealthy: " + url + (status < 0 ? " did not answer" : " answered " + status));
        }
        System.exit(status == 200 ? 0 : 1);
    }

    /**
     * The HTTP status of a GET of the URL, or -1 when it cannot be reached in time.
     *
     * @param url an http URL
     * @return the status code or -1
     */
    static int status(String url) {
        try {
            HttpURLConnection connection =
                    (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout((int) TIMEOUT.toMillis());
            connection.setReadTimeout((int) TIMEOUT.toMillis());
            connection.setInstanceFollowRedirects(false);
            try {
                return connection.getResponseCode();
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException e) {
            return -1;
        }
    }
}
