package app.lectern.lti;

import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Access tokens for a platform's services (grades, rosters): the OAuth 2 client credentials grant with a signed JWT
 * as the client's credential (RFC 7523, as LTI Advantage requires): {@code iss} and {@code sub} the client id, {@code
 * aud} the token endpoint, a lifetime of {@link #ASSERTION_LIFETIME}, a random {@code jti}, signed with the tool's
 * key. A token is kept per registration and scopes until {@link #MARGIN} before it expires; a token is never logged
 * nor stored in the database.
 */
@Service
public class AccessTokens {

    /** How long a client assertion is valid. */
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);

    /** A token is renewed this long before the platform said it expires. */
    static final Duration MARGIN = Duration.ofSeconds(60);

    /** The longest lifetime believed (a platform saying "a year" still gets asked again within the hour). */
    static final Duration MAX_LIFETIME = Duration.ofHours(1);

    /** The longest token accepted, in characters. */
    static final int MAX_TOKEN = 4096;

    private final ToolKeys keys;
    private final PlatformHttp http;
    private final Clock clock;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String token, Instant renewAt) {}

    AccessTokens(ToolKeys keys, PlatformHttp http, Clock clock) {
        this.keys = keys;
        this.http = http;
        this.clock = clock;
    }

    /**
     * A bearer token for these scopes at this platform, from the cache or newly requested.
     *
     * @throws LtiException {@code lti.platform.error.*} when the platform cannot be reached or refuses, or its answer
     *     is not a usable token
     */
    public String token(LtiRegistration registration, Collection<String> scopes) {
        TreeSet<String> sorted = new TreeSet<>(scopes);
        String key = registration.id() + " " + registration.clientId() + " " + registration.tokenEndpoint() + " "
                + String.join(" ", sorted);
        Instant now = clock.instant();
        Cached cached = cache.get(key);
        if (cached != null && now.isBefore(cached.renewAt())) {
            return cached.token();
        }
        Cached fresh = request(registration, String.join(" ", sorted), now);
        cache.put(key, fresh);
        return fresh.token();
    }

    /** Forgets the tokens of a registration (after the platform refused one, say). */
    public void forget(long registrationId) {
        cache.keySet().removeIf(k -> k.startsWith(registrationId + " "));
    }

    private Cached request(LtiRegistration registration, String scope, Instant now) {
        URI endpoint = registration.tokenEndpoint();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(registration.clientId())
                .subject(registration.clientId())
                .audience(endpoint.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ASSERTION_LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        String form = "grant_type=client_credentials"
                + "&client_assertion_type="
                + encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                + "&client_assertion=" + encode(keys.sign(claims))
                + "&scope=" + encode(scope);
        PlatformHttp.Response response = http.send(PlatformHttp.request(endpoint)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        if (!response.ok()) {
            throw new LtiException("lti.platform.error.token-refused", response.status());
        }
        JsonNode body = http.object(response);
        String token = PlatformHttp.text(body, "access_token", MAX_TOKEN)
                .filter(t -> t.chars().allMatch(c -> c > 0x20 && c < 0x7f))
                .orElseThrow(() -> new LtiException("lti.platform.error.bad-response", "access_token"));
        String type = PlatformHttp.text(body, "token_type", 50).orElse("");
        if (!type.equalsIgnoreCase("bearer")) {
            throw new LtiException("lti.platform.error.bad-response", "token_type");
        }
        JsonNode expires = body.get("expires_in");
        long seconds = expires != null && expires.isIntegralNumber() && expires.canConvertToLong()
                ? expires.longValue()
                : 3600;
        if (seconds <= 0) {
            throw new LtiException("lti.platform.error.bad-response", "expires_in");
        }
        Duration lifetime = Duration.ofSeconds(Math.min(seconds, MAX_LIFETIME.toSeconds()));
        // a short-lived token is kept for half its life rather than not at all
        Duration kept = lifetime.compareTo(MARGIN.multipliedBy(2)) > 0 ? lifetime.minus(MARGIN) : lifetime.dividedBy(2);
        return new Cached(token, now.plus(kept));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
