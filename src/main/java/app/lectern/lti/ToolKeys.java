package app.lectern.lti;

import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tool's own RSA keys (2048 bits, RS256): the newest unretired key signs what Lectern sends a platform (deep
 * linking responses, client assertions for access tokens); the public halves are published as a JWKS. A key is made
 * on first use; an administrator may rotate, after which the old key stays published for {@link #RETIRED_KEPT} so a
 * platform that cached it can still check what it signed. Private keys are kept in the database (PKCS#8), like the
 * rest of the school's data: protect backups accordingly (docs/lti.md).
 */
@Service
public class ToolKeys {

    /** How long a retired key stays in the published key set. */
    public static final Duration RETIRED_KEPT = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    ToolKeys(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The public keys a platform may check Lectern's signatures with: the signing key and recently retired ones. */
    @Transactional
    public JWKSet publicKeys() {
        active();
        Instant oldest = clock.instant().minus(RETIRED_KEPT);
        List<RSAKey> keys = jdbc.sql(
                        "select kid, public_key from lti_tool_key where retired_at is null or retired_at > ?"
                                + " order by created_at desc")
                .param(OffsetDateTime.ofInstant(oldest, ZoneOffset.UTC))
                .query((rs, n) -> new RSAKey.Builder(publicKey(rs.getString("public_key")))
                        .keyID(rs.getString("kid"))
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.RS256)
                        .build())
                .list();
        return new JWKSet(List.copyOf(keys));
    }

    /**
     * Signs these claims with the active key (RS256, {@code kid} and {@code typ: JWT} in the header).
     *
     * @return the compact serialisation
     */
    @Transactional
    public String sign(JWTClaimsSet claims) {
        RSAKey key = active();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign with the tool key", e);
        }
        return jwt.serialize();
    }

    /** The id of the key that signs now. */
    @Transactional
    public String activeKeyId() {
        return active().getKeyID();
    }

    /**
     * Makes a new signing key and retires the current one; administrators only.
     *
     * @return the new key's id
     */
    @Transactional
    public String rotate() {
        if (!currentUser.require().has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
        Instant now = clock.instant();
        jdbc.sql("update lti_tool_key set retired_at = ? where retired_at is null")
                .param(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        jdbc.sql("delete from lti_tool_key where retired_at < ?")
                .param(OffsetDateTime.ofInstant(now.minus(RETIRED_KEPT), ZoneOffset.UTC))
                .update();
        return create(now).getKeyID();
    }

    private RSAKey active() {
        return jdbc
                .sql("select kid, private_key, public_key from lti_tool_key where retired_at is null"
                        + " order by created_at desc")
                .query((rs, n) -> new RSAKey.Builder(publicKey(rs.getString("public_key")))
                        .privateKey(privateKey(rs.getString("private_key")))
                        .keyID(rs.getString("kid"))
                        .build())
                .list()
                .stream()
                .findFirst()
                .orElseGet(() -> create(clock.instant()));
    }

    private RSAKey create(Instant now) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no RSA on this JVM", e);
        }
        String kid = UUID.randomUUID().toString();
        jdbc.sql("insert into lti_tool_key (kid, private_key, public_key, created_at) values (?, ?, ?, ?)")
                .params(
                        kid,
                        Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                        Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(kid)
                .build();
    }

    private static RSAPublicKey publicKey(String base64) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("a stored tool key does not parse", e);
        }
    }

    private static RSAPrivateKey privateKey(String base64) {
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("a stored tool key does not parse", e);
        }
    }
}
