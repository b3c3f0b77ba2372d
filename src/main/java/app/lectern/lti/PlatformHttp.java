package app.lectern.lti;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lectern's HTTP calls to a learning platform: a connect and a request timeout, no redirects followed (a token must
 * not travel to another address), and a response body read up to {@link #MAX_BODY} bytes only. What comes back is the
 * platform's word, not a fact: callers check every field.
 */
@Component
class PlatformHttp {

    /** The largest response body read, in bytes; a longer one is refused. */
    static final int MAX_BODY = 1024 * 1024;

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final JsonMapper json = JsonMapper.builder().build();

    /** A response: its status, its body (at most {@link #MAX_BODY} bytes, as UTF-8) and the one header we read. */
    record Response(int status, String body, Optional<String> link, Optional<String> contentType) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** A request to this address with the request timeout set. */
    static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
    }

    /**
     * Sends the request and reads the response.
     *
     * @throws LtiException {@code lti.platform.error.unreachable} when the platform does not answer in time or the
     *     connection fails, {@code lti.platform.error.too-large} for a body over {@link #MAX_BODY} bytes
     */
    Response send(HttpRequest request) {
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new LtiException(
                    "lti.platform.error.unreachable", request.uri().getHost());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LtiException(
                    "lti.platform.error.unreachable", request.uri().getHost());
        }
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw new LtiException(
                    "lti.platform.error.unreachable", request.uri().getHost());
        }
        if (body.length > MAX_BODY) {
            throw new LtiException("lti.platform.error.too-large", MAX_BODY / 1024);
        }
        return new Response(
                response.statusCode(),
                new String(body, StandardCharsets.UTF_8),
                response.headers().firstValue("Link"),
                response.headers().firstValue("Content-Type"));
    }

    /**
     * The body as a JSON object.
     *
     * @throws LtiException {@code lti.platform.error.bad-response} when it is not one
     */
    JsonNode object(Response response) {
        try {
            JsonNode node = json.readTree(response.body());
            if (node == null || !node.isObject()) {
                throw new LtiException("lti.platform.error.bad-response", "not a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new LtiException("lti.platform.error.bad-response", "not JSON");
        }
    }

    /** Writes a JSON value (for request bodies). */
    String write(Object value) {
        return json.writeValueAsString(value);
    }

    /**
     * A text field of at most {@code max} characters, or empty when missing, not text or too long.
     */
    static Optional<String> text(JsonNode node, String field, int max) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            return Optional.empty();
        }
        String s = value.stringValue();
        return s.isEmpty() || s.length() > max ? Optional.empty() : Optional.of(s);
    }

    /**
     * A URL the platform gave: at most {@link LtiRegistrations#MAX_URL} characters, {@code https} (or {@code http} to
     * the loopback address), no user info or fragment.
     */
    static Optional<URI> url(String value) {
        if (value == null || value.length() > LtiRegistrations.MAX_URL) {
            return Optional.empty();
        }
        try {
            LtiRegistrations.url(value, "lti.platform.error.bad-response");
            return Optional.of(new URI(value));
        } catch (LtiException | java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
