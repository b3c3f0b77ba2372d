package app.lectern.lti;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Checks a platform's id token, each check on its own with its own message: RS256 only, the signature against the
 * platform's published keys (by {@code kid}), issuer, audience and authorised party, expiry and issue time (with
 * {@link #SKEW} of clock skew), and the nonce Lectern made for this login. The platform's key set is fetched with
 * timeouts and a size limit, and cached (a new {@code kid} makes Nimbus fetch again, at most once a few seconds).
 */
@Component
class PlatformTokens {

    /** Clock difference tolerated between the platform and Lectern. */
    static final Duration SKEW = Duration.ofMinutes(1);

    /** Longest id token accepted, in characters. */
    static final int MAX_TOKEN = 20_000;

    private static final int TIMEOUT_MS = 5_000;
    private static final int JWKS_SIZE_LIMIT = 100_000;

    private final Clock clock;
    private final Map<URI, JWKSource<SecurityContext>> keySets = new ConcurrentHashMap<>();

    PlatformTokens(Clock clock) {
        this.clock = clock;
    }

    /**
     * The claims of a token that passed every check.
     *
     * @throws LtiException naming the check that failed
     */
    JWTClaimsSet verify(String idToken, LtiRegistration registration, String expectedNonce) {
        if (idToken == null || idToken.isEmpty() || idToken.length() > MAX_TOKEN) {
            throw new LtiException("lti.launch.error.token");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(idToken);
        } catch (ParseException notSigned) {
            // also an unsigned token (alg "none"): it has no signature part to parse
            throw new LtiException("lti.launch.error.alg");
        }
        if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm())) {
            throw new LtiException("lti.launch.error.alg");
        }
        if (!signedByPlatform(jwt, registration)) {
            throw new LtiException("lti.launch.error.signature");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw new LtiException("lti.launch.error.token");
        }
        if (!registration.issuer().equals(claims.getIssuer())) {
            throw new LtiException("lti.launch.error.issuer");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(registration.clientId())) {
            throw new LtiException("lti.launch.error.audience");
        }
        Object azp = claims.getClaim("azp");
        if ((azp != null || audience.size() > 1) && !registration.clientId().equals(azp)) {
            throw new LtiException("lti.launch.error.audience");
        }
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().plus(SKEW).isAfter(now)) {
            throw new LtiException("lti.launch.error.expired");
        }
        Date iat = claims.getIssueTime();
        if (iat == null || iat.toInstant().isAfter(now.plus(SKEW))) {
            throw new LtiException("lti.launch.error.issued-at");
        }
        Object nonce = claims.getClaim("nonce");
        if (expectedNonce == null || !expectedNonce.equals(nonce)) {
            throw new LtiException("lti.launch.error.nonce");
        }
        return claims;
    }

    private boolean signedByPlatform(SignedJWT jwt, LtiRegistration registration) {
        String kid = jwt.getHeader().getKeyID();
        JWKMatcher.Builder matcher = new JWKMatcher.Builder()
                .keyType(KeyType.RSA)
                .keyUses(KeyUse.SIGNATURE, null)
                .algorithms(JWSAlgorithm.RS256, null);
        if (kid != null) {
            matcher.keyID(kid);
        }
        List<JWK> keys;
        try {
            keys = source(registration.platformJwks()).get(new JWKSelector(matcher.build()), null);
        } catch (KeySourceException unreachable) {
            throw new LtiException("lti.launch.error.platform-keys");
        }
        for (JWK key : keys) {
            try {
                if (key instanceof RSAKey rsa && jwt.verify(new RSASSAVerifier(rsa))) {
                    return true;
                }
            } catch (JOSEException badKey) {
                // try the next key
            }
        }
        return false;
    }

    private JWKSource<SecurityContext> source(URI jwks) {
        return keySets.computeIfAbsent(jwks, url -> {
            try {
                return JWKSourceBuilder.create(
                                url.toURL(), new DefaultResourceRetriever(TIMEOUT_MS, TIMEOUT_MS, JWKS_SIZE_LIMIT))
                        .retrying(false)
                        .build();
            } catch (MalformedURLException e) {
                throw new LtiException("lti.launch.error.platform-keys");
            }
        });
    }
}
