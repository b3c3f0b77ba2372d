package app.lectern.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The image's health probe reports exactly what the URL answers; unreachable is not healthy. */
class HealthProbeTest {

    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/up", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.createContext("/down", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/up");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void healthyOnlyWhenTheUrlAnswers200() throws IOException {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        assertThat(HealthProbe.status(base + "/up")).isEqualTo(200);
        assertThat(HealthProbe.status(base + "/down")).isEqualTo(503);
        assertThat(HealthProbe.status(base + "/moved"))
                .as("a redirect is not followed")
                .isEqualTo(302);
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        assertThat(HealthProbe.status("http://127.0.0.1:" + closed + "/")).isEqualTo(-1);
        assertThat(HealthProbe.status("not a url")).isEqualTo(-1);
    }
}
