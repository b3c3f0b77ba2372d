package app.lectern.lti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.lectern.testsupport.LecternSpringTest;
import app.lectern.testsupport.TestClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Access tokens from the test platform: the request's shape, the cache, and answers a platform should not give. */
@LecternSpringTest
class AccessTokensTest {

    @Autowired
    AccessTokens tokens;

    @Autowired
    ToolKeys toolKeys;

    @Autowired
    LtiRegistrations registrations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    PlatformServices platform;
    LtiRegistration registration;
    String clientId;

    @BeforeEach
    void aPlatform() throws Exception {
        clientId = "client-" + UUID.randomUUID();
        platform = new PlatformServices(toolKeys.publicKeys(), clientId, clock);
        registration = registrations
                .find(LtiTestSetup.register(jdbc, platform, clientId, clock))
                .orElseThrow();
    }

    @AfterEach
    void stop() {
        platform.close();
        clock.reset();
    }

    @Test
    void theTokenRequestIsAClientCredentialsGrantWithASignedShortLivedAssertion() {
        String token = tokens.token(registration, List.of(AgsScopes.SCORE, AgsScopes.LINE_ITEM));

        assertThat(token).isNotBlank();
        assertThat(platform.refusals()).isEmpty();
        PlatformServices.TokenRequest request = platform.tokenRequests().getFirst();
        assertThat(request.form())
                .containsEntry("grant_type", "client_credentials")
                .containsEntry("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .containsEntry("scope", AgsScopes.LINE_ITEM + " " + AgsScopes.SCORE);
        var claims = request.assertion();
        assertThat(claims.getIssuer()).isEqualTo(clientId);
        assertThat(claims.getSubject()).isEqualTo(clientId);
        assertThat(claims.getAudience()).containsExactly(platform.tokenUrl().toString());
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isLessThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(claims.getJWTID()).isNotBlank();
    }

    @Test
    void aTokenIsKeptPerScopesUntilShortlyBeforeItExpires() {
        String first = tokens.token(registration, List.of(AgsScopes.SCORE));
        assertThat(tokens.token(registration, List.of(AgsScopes.SCORE))).isEqualTo(first);
        assertThat(platform.tokenRequests()).hasSize(1);

        String roster = tokens.token(registration, List.of(AgsScopes.MEMBERSHIPS));
        assertThat(roster).isNotEqualTo(first);
        assertThat(platform.tokenRequests()).as("other scopes, another token").hasSize(2);

        clock.advance(Duration.ofMinutes(58));
        assertThat(tokens.token(registration, List.of(AgsScopes.SCORE))).isEqualTo(first);
        clock.advance(Duration.ofSeconds(61));
        assertThat(tokens.token(registration, List.of(AgsScopes.SCORE)))
                .as("renewed a minute before the hour is up")
                .isNotEqualTo(first);
        assertThat(platform.tokenRequests()).hasSize(3);
        assertThat(platform.refusals()).as("each assertion has its own jti").isEmpty();
    }

    @Test
    void aHugeBodyIsRefusedUnread() {
        platform.answer(
                "/token",
                new PlatformServices.Canned(
                        200, "application/json", "{\"a\":\"" + "x".repeat(1_100_000) + "\"}", Map.of()));
        assertRefused("lti.platform.error.too-large");
    }

    @Test
    void answersOfTheWrongShapeAreRefused() {
        for (String body : List.of(
                "[]",
                "not json",
                "{\"access_token\": 42, \"token_type\": \"Bearer\"}",
                "{\"token_type\": \"Bearer\"}",
                "{\"access_token\": \"abc\"}",
                "{\"access_token\": \"abc\", \"token_type\": \"mac\"}",
                "{\"access_token\": \"a b\", \"token_type\": \"Bearer\"}",
                "{\"access_token\": \"" + "a".repeat(5000) + "\", \"token_type\": \"Bearer\"}",
                "{\"access_token\": \"abc\", \"token_type\": \"Bearer\", \"expires_in\": -5}")) {
            platform.answer("/token", new PlatformServices.Canned(200, "application/json", body, Map.of()));
            assertRefused("lti.platform.error.bad-response");
        }
    }

    @Test
    void anExpiryThatIsNotANumberCountsAsAnHour() {
        platform.answer(
                "/token",
                new PlatformServices.Canned(
                        200,
                        "application/json",
                        "{\"access_token\": \"abc\", \"token_type\": \"bearer\", \"expires_in\": \"soon\"}",
                        Map.of()));
        assertThat(tokens.token(registration, List.of(AgsScopes.SCORE))).isEqualTo("abc");
    }

    @Test
    void aRefusalOrAnUnreachablePlatformIsAnErrorWithItsReason() {
        platform.down(true);
        assertRefused("lti.platform.error.token-refused");
        platform.close();
        assertRefused("lti.platform.error.unreachable");
    }

    @Test
    void aPlatformThatDoesNotAnswerWithinTheTimeoutIsUnreachable() {
        platform.delay(PlatformHttp.REQUEST_TIMEOUT.plusSeconds(1));
        long start = System.nanoTime();
        assertRefused("lti.platform.error.unreachable");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(PlatformHttp.REQUEST_TIMEOUT.plusSeconds(1));
    }

    private void assertRefused(String key) {
        assertThatThrownBy(() -> tokens.token(registration, List.of(AgsScopes.SCORE)))
                .isInstanceOf(LtiException.class)
                .extracting(e -> ((LtiException) e).key())
                .isEqualTo(key);
    }
}
