package app.lectern.lti;

import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A learning platform's services, as Lectern calls them, in test code: a JDK HTTP server on a free loopback port
 * with the OAuth 2 token endpoint (checks the client assertion's signature against the tool's public keys, {@code
 * iss}, {@code sub}, {@code aud}, {@code exp}, a lifetime of at most five minutes and {@code jti} replay; issues bearer
 * tokens with the scopes asked for and allowed), AGS line items (create, list) and scores (every score received is
 * recorded; bearer token, scope and content type checked), and NRPS memberships (paged with {@code Link: rel=next}).
 * It can be told to fail every call (HTTP 500), to answer slowly, or to answer one path with anything.
 */
public final class PlatformServices implements AutoCloseable {

    /** A score as the platform received it. */
    public record Score(String lineItem, JsonNode json) {}

    /** A token request as received: the form's fields and the assertion's claims. */
    record TokenRequest(Map<String, String> form, JWTClaimsSet assertion) {}

    /** A canned answer for one path. */
    record Canned(int status, String contentType, String body, Map<String, String> headers) {}

    private final HttpServer server;
    private final JWKSet toolKeys;
    private final String clientId;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Set<String> seenJti = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> tokens = new ConcurrentHashMap<>();
    private final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<Score> scores = new CopyOnWriteArrayList<>();
    private final Map<String, Map<String, Object>> lineItems = Collections.synchronizedMap(new LinkedHashMap<>());
    private final List<String> refusals = new CopyOnWriteArrayList<>();
    private final Map<String, Canned> canned = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile Set<String> allowedScopes = Set.of(AgsScopes.LINE_ITEM, AgsScopes.SCORE, AgsScopes.MEMBERSHIPS);
    private volatile boolean down;
    private volatile Duration delay = Duration.ZERO;
    private volatile List<Map<String, Object>> members = List.of();
    private volatile int pageSize = 10;
    private volatile long expiresIn = 3600;

    /**
     * Starts the platform.
     *
     * @param toolKeys the tool's public keys (its JWKS)
     * @param clientId the client id the platform gave the tool
     * @param clock the platform's clock (the tests' movable one)
     */
    public PlatformServices(JWKSet toolKeys, String clientId, Clock clock) throws IOException {
        this.toolKeys = toolKeys;
        this.clientId = clientId;
        this.clock = clock;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The platform's base address. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public URI tokenUrl() {
        return base().resolve("/token");
    }

    public URI lineItemsUrl() {
        return base().resolve("/lineitems");
    }

    public URI membershipsUrl() {
        return base().resolve("/memberships");
    }

    /** Makes a line item as a deep link with a line item would, and returns its URL. */
    public URI lineItem(String label) {
        String id = lineItemsUrl() + "/" + ids.incrementAndGet();
        lineItems.put(id, new LinkedHashMap<>(Map.of("id", id, "label", label, "scoreMaximum", 100)));
        return URI.create(id);
    }

    void down(boolean down) {
        this.down = down;
    }

    void delay(Duration delay) {
        this.delay = delay;
    }

    void allowScopes(Set<String> scopes) {
        this.allowedScopes = Set.copyOf(scopes);
    }

    void expiresIn(long seconds) {
        this.expiresIn = seconds;
    }

    /** Answers requests to this path (without query) with this, whatever they are. */
    void answer(String path, Canned answer) {
        canned.put(path, answer);
    }

    public void members(List<Map<String, Object>> members, int pageSize) {
        this.members = List.copyOf(members);
        this.pageSize = pageSize;
    }

    public List<Score> scores() {
        return List.copyOf(scores);
    }

    List<TokenRequest> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    Map<String, Map<String, Object>> lineItems() {
        synchronized (lineItems) {
            return new LinkedHashMap<>(lineItems);
        }
    }

    /** Why the platform refused requests (a bad assertion, a missing scope...), in order. */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // ---- the server ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!delay.isZero()) {
                try {
                    Thread.sleep(delay.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            String path = exchange.getRequestURI().getPath();
            Canned answer = canned.get(path);
            if (answer != null) {
                answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                reply(exchange, answer.status(), answer.contentType(), answer.body());
                return;
            }
            if (down) {
                reply(exchange, 500, "text/plain", "down for maintenance");
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            if (path.equals("/token") && method.equals("POST")) {
                token(exchange, body);
            } else if (path.equals("/lineitems") && method.equals("POST")) {
                createLineItem(exchange, body);
            } else if (path.equals("/lineitems") && method.equals("GET")) {
                if (authorised(exchange, AgsScopes.LINE_ITEM)) {
                    reply(
                            exchange,
                            200,
                            ScoreSender.LINE_ITEM_TYPE,
                            json.writeValueAsString(lineItems().values()));
                }
            } else if (path.startsWith("/lineitems/") && path.endsWith("/scores") && method.equals("POST")) {
                score(exchange, path, body);
            } else if (path.equals("/memberships") && method.equals("GET")) {
                memberships(exchange);
            } else {
                reply(exchange, 404, "text/plain", "no such thing");
            }
        }
    }

    private void token(HttpExchange exchange, String body) throws IOException {
        Map<String, String> form = form(body);
        String refusal = checkAssertion(form);
        if (refusal != null) {
            refusals.add(refusal);
            reply(exchange, 400, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        Set<String> granted =
                new HashSet<>(Arrays.asList(form.getOrDefault("scope", "").split(" ")));
        granted.retainAll(allowedScopes);
        String token = UUID.randomUUID().toString();
        tokens.put(token, granted);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("access_token", token);
        out.put("token_type", "Bearer");
        out.put("expires_in", expiresIn);
        out.put("scope", String.join(" ", granted));
        reply(exchange, 200, "application/json", json.writeValueAsString(out));
    }

    private String checkAssertion(Map<String, String> form) {
        if (!"client_credentials".equals(form.get("grant_type"))) {
            return "grant_type";
        }
        if (!"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
            return "client_assertion_type";
        }
        try {
            SignedJWT jwt = SignedJWT.parse(form.get("client_assertion"));
            RSAKey key = (RSAKey) toolKeys.getKeyByKeyId(jwt.getHeader().getKeyID());
            if (key == null) {
                return "unknown kid";
            }
            JWSVerifier verifier = new RSASSAVerifier(key);
            if (!jwt.verify(verifier)) {
                return "signature";
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            tokenRequests.add(new TokenRequest(form, claims));
            Instant now = clock.instant();
            if (!clientId.equals(claims.getIssuer()) || !clientId.equals(claims.getSubject())) {
                return "iss/sub";
            }
            if (!claims.getAudience().contains(tokenUrl().toString())) {
                return "aud";
            }
            if (claims.getExpirationTime() == null
                    || !claims.getExpirationTime().toInstant().isAfter(now)) {
                return "exp";
            }
            if (claims.getIssueTime() == null
                    || Duration.between(
                                            claims.getIssueTime().toInstant(),
                                            claims.getExpirationTime().toInstant())
                                    .compareTo(Duration.ofMinutes(5))
                            > 0) {
                return "lifetime";
            }
            if (claims.getJWTID() == null || !seenJti.add(claims.getJWTID())) {
                return "jti replay";
            }
            return null;
        } catch (Exception e) {
            return "unparsable assertion";
        }
    }

    private boolean authorised(HttpExchange exchange, String scope) throws IOException {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        Set<String> granted = header != null && header.startsWith("Bearer ")
                ? tokens.get(header.substring("Bearer ".length()))
                : null;
        if (granted == null) {
            refusals.add("no token");
            reply(exchange, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return false;
        }
        if (!granted.contains(scope)) {
            refusals.add("scope " + scope);
            reply(exchange, 403, "application/json", "{\"error\":\"insufficient_scope\"}");
            return false;
        }
        return true;
    }

    private void createLineItem(HttpExchange exchange, String body) throws IOException {
        if (!authorised(exchange, AgsScopes.LINE_ITEM)) {
            return;
        }
        if (!ScoreSender.LINE_ITEM_TYPE.equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
            refusals.add("line item content type");
            reply(exchange, 415, "text/plain", "content type");
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> item = json.readValue(body, LinkedHashMap.class);
        String id = lineItemsUrl() + "/" + ids.incrementAndGet();
        item.put("id", id);
        lineItems.put(id, item);
        reply(exchange, 201, ScoreSender.LINE_ITEM_TYPE, json.writeValueAsString(item));
    }

    private void score(HttpExchange exchange, String path, String body) throws IOException {
        if (!authorised(exchange, AgsScopes.SCORE)) {
            return;
        }
        if (!ScoreSender.SCORE_TYPE.equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
            refusals.add("score content type");
            reply(exchange, 415, "text/plain", "content type");
            return;
        }
        String lineItem = base() + path.substring(0, path.length() - "/scores".length());
        if (!lineItems().containsKey(lineItem)) {
            reply(exchange, 404, "text/plain", "no such line item");
            return;
        }
        scores.add(new Score(lineItem, json.readTree(body)));
        reply(exchange, 200, "application/json", "{}");
    }

    private void memberships(HttpExchange exchange) throws IOException {
        if (!authorised(exchange, AgsScopes.MEMBERSHIPS)) {
            return;
        }
        if (!RosterSync.MEMBERSHIP_TYPE.equals(exchange.getRequestHeaders().getFirst("Accept"))) {
            refusals.add("memberships accept");
            reply(exchange, 406, "text/plain", "accept");
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        int page = query != null && query.startsWith("page=") ? Integer.parseInt(query.substring(5)) : 0;
        List<Map<String, Object>> all = members;
        int from = Math.min(page * pageSize, all.size());
        int to = Math.min(from + pageSize, all.size());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", membershipsUrl().toString());
        out.put("context", Map.of("id", "course-1", "title", "History"));
        out.put("members", new ArrayList<>(all.subList(from, to)));
        if (to < all.size()) {
            exchange.getResponseHeaders()
                    .add("Link", "<" + membershipsUrl() + "?page=" + (page + 1) + ">; rel=\"next\"");
        }
        reply(exchange, 200, RosterSync.MEMBERSHIP_TYPE, json.writeValueAsString(out));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** A member of the course as NRPS lists one. */
    public static Map<String, Object> member(String userId, String name, String... roles) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("user_id", userId);
        m.put("status", "Active");
        m.put("name", name);
        m.put(
                "roles",
                Arrays.stream(roles)
                        .map(r -> "http://purl.imsglobal.org/vocab/lis/v2/membership#" + r)
                        .toList());
        return m;
    }
}
