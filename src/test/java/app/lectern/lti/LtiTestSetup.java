package app.lectern.lti;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A registration of the test platform, written straight into the table (the admin form is tested elsewhere). */
final class LtiTestSetup {

    private LtiTestSetup() {}

    /** Registers the platform under a fresh issuer and this client id; returns the registration's id. */
    static long register(JdbcClient jdbc, PlatformServices platform, String clientId, Clock clock) {
        String issuer = "https://platform-" + UUID.randomUUID() + ".example";
        URI base = platform.base();
        jdbc.sql("insert into lti_registration (name, issuer, client_id, platform_jwks_url, authorization_url,"
                        + " token_url, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        "Test LMS " + issuer.substring(17, 23),
                        issuer,
                        clientId,
                        base.resolve("/jwks").toString(),
                        base.resolve("/auth").toString(),
                        platform.tokenUrl().toString(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        long id = jdbc.sql("select id from lti_registration where issuer = ?")
                .param(issuer)
                .query(Long.class)
                .single();
        jdbc.sql("insert into lti_deployment (registration_id, deployment_id) values (?, ?)")
                .params(id, "deployment-1")
                .update();
        return id;
    }
}
