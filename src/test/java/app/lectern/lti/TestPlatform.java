package app.lectern.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;

/**
 * A learning platform for tests: its own RSA key, a JDK HTTP server on a free loopback port serving its key set
 * ({@code /jwks}), an OIDC authorisation endpoint ({@code /auth}) that answers like a real platform with an
 * auto-submitting form post of an id token to the tool's redirect URI, a deep link return endpoint ({@code
 * /deep-link-return}) that checks the tool's signed answer against the tool's key set and records its content items,
 * and a course page ({@code /course}) that starts a launch top-level or inside an iframe. Tokens for negative tests
 * are minted directly ({@link #claims}, {@link #sign}, {@link #signWithOtherKey}, {@link #unsigned}, {@link
 * #signHs256}). Other tests (grades, rosters) may add endpoints to {@link #server()} and set the token URL.
 */
public final class TestPlatform implements AutoCloseable {

    /** A role URI of the LIS membership vocabulary. */
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

    /** A role URI of the LIS membership vocabulary. */
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey otherKey;
    private final String base;
    private final String issuer;
    private final String clientId = "client-" + UUID.randomUUID();
    private final String deploymentId =
            "deployment-" + UUID.randomUUID().toString().substring(0, 8);
    private volatile String tokenUrl;
    private volatile String toolJwks;
    private volatile Function<String, JWTClaimsSet> nextLaunch;
    private final List<Map<String, Object>> contentItems = Collections.synchronizedList(new ArrayList<>());
    private final List<String> returnedData = Collections.synchronizedList(new ArrayList<>());
    private final List<String> refusals = Collections.synchronizedList(new ArrayList<>());

    /** Starts the platform's server on a free port of the loopback address. */
    public TestPlatform() {
        try {
            key = new RSAKeyGenerator(2048)
                    .keyID("platform-" + UUID.randomUUID())
                    .generate();
            otherKey = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (JOSEException | IOException e) {
            throw new IllegalStateException(e);
        }
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        issuer = base + "/platform-" + UUID.randomUUID().toString().substring(0, 8);
        tokenUrl = base + "/token";
        server.createContext("/jwks", this::jwks);
        server.createContext("/auth", this::authorize);
        server.createContext("/deep-link-return", this::deepLinkReturn);
        server.createContext("/course", this::course);
        server.start();
    }

    /** The server, for tests that add endpoints of their own (token, grades, rosters). */
    public HttpServer server() {
        return server;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return base;
    }

    /** The platform's issuer ({@code iss}). */
    public String issuer() {
        return issuer;
    }

    /** The client id it gave the tool. */
    public String clientId() {
        return clientId;
    }

    /** Its one deployment id. */
    public String deploymentId() {
        return deploymentId;
    }

    /** Its key set URL. */
    public String jwksUrl() {
        return base + "/jwks";
    }

    /** Its authorisation endpoint. */
    public String authorizationUrl() {
        return base + "/auth";
    }

    /** Its access token URL (by default {@code <base>/token}, which this class does not serve). */
    public String tokenUrl() {
        return tokenUrl;
    }

    /** Sets the access token URL to register. */
    public void tokenUrl(String url) {
        this.tokenUrl = url;
    }

    /** The tool's key set URL, for checking the tool's deep linking answers. */
    public void toolJwks(String url) {
        this.toolJwks = url;
    }

    /** The claims of the id token the authorisation endpoint answers with next, given the request's nonce. */
    public void nextLaunch(Function<String, JWTClaimsSet> claims) {
        this.nextLaunch = claims;
    }

    /** Registration form values for this platform. */
    public LtiRegistrations.Form form(String name) {
        return new LtiRegistrations.Form(name, issuer, clientId, deploymentId, jwksUrl(), authorizationUrl(), tokenUrl);
    }

    /** The content items of the deep linking answers received, oldest first. */
    public List<Map<String, Object>> contentItems() {
        return List.copyOf(contentItems);
    }

    /** The {@code data} echoed in the deep linking answers. */
    public List<String> returnedData() {
        return List.copyOf(returnedData);
    }

    /** Why the platform refused requests (a bad redirect URI, a tool answer with a bad signature...). */
    public List<String> refusals() {
        return List.copyOf(refusals);
    }

    /**
     * Spec-conformant claims of a launch: issuer, audience and authorised party, times, nonce, version, message type,
     * deployment, subject, roles, target link and (resource link) a resource link id or (deep linking) settings
     * that accept resource links and line items, returning to this platform.
     */
    public JWTClaimsSet.Builder claims(String nonce, String messageType, String subject, List<String> roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(clientId)
                .claim("azp", clientId)
                .subject(subject)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", nonce)
                .claim("name", "Pat Example")
                .claim(LaunchClaims.LTI + "version", "1.3.0")
                .claim(LaunchClaims.LTI + "message_type", messageType)
                .claim(LaunchClaims.LTI + "deployment_id", deploymentId)
                .claim(LaunchClaims.LTI + "roles", roles)
                .claim(LaunchClaims.LTI + "target_link_uri", "http://localhost/lti/launch");
        if (LaunchClaims.RESOURCE_LINK.equals(messageType)) {
            b.claim(LaunchClaims.LTI + "resource_link", Map.of("id", "link-" + UUID.randomUUID()));
        } else {
            b.claim(
                    LaunchClaims.DL + "deep_linking_settings",
                    Map.of(
                            "deep_link_return_url",
                            base + "/deep-link-return",
                            "accept_types",
                            List.of("ltiResourceLink"),
                            "accept_presentation_document_targets",
                            List.of("window"),
                            "accept_lineitem",
                            true,
                            "data",
                            "platform-data-" + UUID.randomUUID()));
        }
        return b;
    }

    /** Signs with the platform's published key. */
    public String sign(JWTClaimsSet claims) {
        return sign(claims, key);
    }

    /** Signs with another key that has the same key id: a forgery. */
    public String signWithOtherKey(JWTClaimsSet claims) {
        return sign(claims, otherKey);
    }

    /** An unsigned token ({@code alg: none}). */
    public String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    /** Signed with HS256 and the platform's public modulus as the secret (the classic key confusion). */
    public String signHs256(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new MACSigner(key.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(JWTClaimsSet claims, RSAKey with) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(with.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(with));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private void jwks(HttpExchange exchange) throws IOException {
        RSAKey pub;
        try {
            pub = new RSAKey.Builder(key.toRSAPublicKey())
                    .keyID(key.getKeyID())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
        } catch (JOSEException e) {
            throw new IOException(e);
        }
        respond(exchange, 200, "application/json", new JWKSet(pub).toString());
    }

    /** Like a platform: the client and redirect URI must be the registered ones, state and nonce present. */
    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> q = parse(exchange.getRequestURI().getRawQuery());
        String redirect = q.getOrDefault("redirect_uri", "");
        List<String> problems = new ArrayList<>();
        if (!clientId.equals(q.get("client_id"))) {
            problems.add("client_id");
        }
        if (!redirect.endsWith("/lti/launch")) {
            problems.add("redirect_uri");
        }
        for (String required : List.of("state", "nonce", "login_hint")) {
            if (q.get(required) == null || q.get(required).isEmpty()) {
                problems.add(required);
            }
        }
        if (!"id_token".equals(q.get("response_type"))
                || !"form_post".equals(q.get("response_mode"))
                || !"openid".equals(q.get("scope"))
                || !"none".equals(q.get("prompt"))) {
            problems.add("oidc parameters");
        }
        Function<String, JWTClaimsSet> launch = nextLaunch;
        if (launch == null) {
            problems.add("no launch prepared");
        }
        if (!problems.isEmpty()) {
            refusals.addAll(problems);
            respond(exchange, 400, "text/plain", "refused: " + problems);
            return;
        }
        String token = sign(launch.apply(q.get("nonce")));
        respond(
                exchange,
                200,
                "text/html",
                "<!DOCTYPE html><html><body><form id=\"f\" method=\"post\" action=\"" + HtmlUtils.htmlEscape(redirect)
                        + "\"><input type=\"hidden\" name=\"id_token\" value=\"" + token + "\">"
                        + "<input type=\"hidden\" name=\"state\" value=\"" + HtmlUtils.htmlEscape(q.get("state"))
                        + "\"></form><script>document.getElementById('f').submit()</script></body></html>");
    }

    /** Checks the tool's answer against the tool's published keys, like a platform. */
    private void deepLinkReturn(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            SignedJWT jwt = SignedJWT.parse(parse(body).get("JWT"));
            JWKSet toolKeys = JWKSet.parse(HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(toolJwks)).build(), HttpResponse.BodyHandlers.ofString())
                    .body());
            RSAKey toolKey = (RSAKey) toolKeys.getKeyByKeyId(jwt.getHeader().getKeyID());
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            if (toolKey == null
                    || !jwt.verify(new RSASSAVerifier(toolKey))
                    || !clientId.equals(claims.getIssuer())
                    || !claims.getAudience().contains(issuer)
                    || !"LtiDeepLinkingResponse".equals(claims.getStringClaim(LaunchClaims.LTI + "message_type"))
                    || !deploymentId.equals(claims.getStringClaim(LaunchClaims.LTI + "deployment_id"))) {
                refusals.add("deep link answer");
                respond(exchange, 400, "text/plain", "refused");
                return;
            }
            for (Object item : (List<?>) claims.getClaim(LaunchClaims.DL + "content_items")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> map = (Map<String, Object>) item;
                contentItems.add(new LinkedHashMap<>(map));
            }
            returnedData.add(claims.getStringClaim(LaunchClaims.DL + "data"));
            respond(
                    exchange,
                    200,
                    "text/html",
                    "<!DOCTYPE html><html><body><h1 id=\"platform-done\">Activity added" + "</h1></body></html>");
        } catch (Exception e) {
            refusals.add("deep link answer: " + e);
            respond(exchange, 400, "text/plain", "refused");
        }
    }

    /**
     * A course page: {@code /course?tool=<tool login URL>&hint=<login hint>&frame=1} starts the launch inside an
     * iframe, without {@code frame} top-level (a link).
     */
    private void course(HttpExchange exchange) throws IOException {
        Map<String, String> q = parse(exchange.getRequestURI().getRawQuery());
        String login = q.get("tool") + "?iss=" + enc(issuer) + "&login_hint=" + enc(q.getOrDefault("hint", "hint"))
                + "&target_link_uri=" + enc(q.get("tool").replace("/lti/login", "/lti/launch")) + "&client_id="
                + enc(clientId) + "&lti_deployment_id=" + enc(deploymentId);
        String body = q.containsKey("frame")
                ? "<iframe id=\"tool-frame\" title=\"Lectern\" src=\"" + HtmlUtils.htmlEscape(login)
                        + "\" style=\"width:100%;height:400px\"></iframe>"
                : "<a id=\"tool-link\" href=\"" + HtmlUtils.htmlEscape(login) + "\">Open the activity</a>";
        respond(exchange, 200, "text/html", "<!DOCTYPE html><html><body><h1>Course</h1>" + body + "</body></html>");
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Map<String, String> parse(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + ";charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
