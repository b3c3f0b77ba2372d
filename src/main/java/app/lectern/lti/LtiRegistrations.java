package app.lectern.lti;

import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platforms an administrator registered. Every value of the form is checked here: lengths, URLs ({@code https},
 * or {@code http} on the loopback address only, for a platform on the same machine), one to {@value
 * #MAX_DEPLOYMENTS} deployment ids, no second registration of the same issuer and client id. Changes need an
 * administrator; lookups for launches need nobody.
 */
@Service
public class LtiRegistrations {

    /** Longest name, in characters. */
    public static final int MAX_NAME = 200;

    /** Longest issuer, in characters. */
    public static final int MAX_ISSUER = 500;

    /** Longest client id or deployment id, in characters. */
    public static final int MAX_ID = 255;

    /** Longest URL, in characters. */
    public static final int MAX_URL = 1000;

    /** Most deployment ids one registration may have. */
    public static final int MAX_DEPLOYMENTS = 50;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    LtiRegistrations(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * What an administrator typed into the registration form, unchecked.
     *
     * @param deploymentIds one per line (or separated by commas)
     */
    public record Form(
            String name,
            String issuer,
            String clientId,
            String deploymentIds,
            String platformJwks,
            String authorizationEndpoint,
            String tokenEndpoint) {}

    /** Every registration, by name; administrators only. */
    @Transactional(readOnly = true)
    public List<LtiRegistration> all() {
        requireAdmin();
        return jdbc.sql("select * from lti_registration order by lower(name), id")
                .query((rs, n) -> row(rs))
                .list();
    }

    /** The registration with this id (for launches and services; no user needed). */
    @Transactional(readOnly = true)
    public Optional<LtiRegistration> find(long id) {
        return jdbc.sql("select * from lti_registration where id = ?")
                .param(id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /** The registration of this issuer and client id, exactly as the platform sends them. */
    @Transactional(readOnly = true)
    public Optional<LtiRegistration> find(String issuer, String clientId) {
        if (issuer == null || clientId == null || issuer.length() > MAX_ISSUER || clientId.length() > MAX_ID) {
            return Optional.empty();
        }
        return jdbc.sql("select * from lti_registration where issuer = ? and client_id = ?")
                .params(issuer, clientId)
                .query((rs, n) -> row(rs))
                .optional();
    }

    /**
     * The registrations of this issuer (an OIDC login may leave the client id out when the issuer has one).
     */
    @Transactional(readOnly = true)
    public List<LtiRegistration> findByIssuer(String issuer) {
        if (issuer == null || issuer.length() > MAX_ISSUER) {
            return List.of();
        }
        return jdbc.sql("select * from lti_registration where issuer = ? order by id")
                .param(issuer)
                .query((rs, n) -> row(rs))
                .list();
    }

    /**
     * Registers a platform; administrators only.
     *
     * @throws LtiException with the key of the first bad value ({@code lti.registration.error.*})
     */
    @Transactional
    public LtiRegistration create(Form form) {
        requireAdmin();
        Checked c = check(form);
        if (find(c.issuer(), c.clientId()).isPresent()) {
            throw new LtiException("lti.registration.error.duplicate");
        }
        jdbc.sql("insert into lti_registration (name, issuer, client_id, platform_jwks_url,"
                        + " authorization_url, token_url, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        c.name(),
                        c.issuer(),
                        c.clientId(),
                        c.jwks(),
                        c.auth(),
                        c.token(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        long id = jdbc.sql("select id from lti_registration where issuer = ? and client_id = ?")
                .params(c.issuer(), c.clientId())
                .query(Long.class)
                .single();
        saveDeployments(id, c.deployments());
        return find(id).orElseThrow();
    }

    /**
     * Changes a registration; administrators only.
     *
     * @throws LtiException with the key of the first bad value
     * @throws java.util.NoSuchElementException for an unknown id
     */
    @Transactional
    public LtiRegistration update(long id, Form form) {
        requireAdmin();
        find(id).orElseThrow(() -> new java.util.NoSuchElementException("no such registration"));
        Checked c = check(form);
        Optional<LtiRegistration> same = find(c.issuer(), c.clientId());
        if (same.isPresent() && same.get().id() != id) {
            throw new LtiException("lti.registration.error.duplicate");
        }
        jdbc.sql("update lti_registration set name = ?, issuer = ?, client_id = ?, platform_jwks_url = ?,"
                        + " authorization_url = ?, token_url = ? where id = ?")
                .params(c.name(), c.issuer(), c.clientId(), c.jwks(), c.auth(), c.token(), id)
                .update();
        jdbc.sql("delete from lti_deployment where registration_id = ?")
                .param(id)
                .update();
        saveDeployments(id, c.deployments());
        return find(id).orElseThrow();
    }

    /**
     * Removes a registration and its deployments; administrators only. Accounts, classes and links made by its
     * launches stay (their work is the school's), but nothing can launch through it any more.
     */
    @Transactional
    public void delete(long id) {
        requireAdmin();
        jdbc.sql("delete from lti_registration where id = ?").param(id).update();
    }

    private void saveDeployments(long id, List<String> deployments) {
        for (String d : deployments) {
            jdbc.sql("insert into lti_deployment (registration_id, deployment_id) values (?, ?)")
                    .params(id, d)
                    .update();
        }
    }

    private record Checked(
            String name,
            String issuer,
            String clientId,
            List<String> deployments,
            String jwks,
            String auth,
            String token) {}

    private static Checked check(Form form) {
        String name = text(form.name(), MAX_NAME, "lti.registration.error.name");
        String issuer = text(form.issuer(), MAX_ISSUER, "lti.registration.error.issuer");
        url(issuer, "lti.registration.error.issuer");
        String clientId = text(form.clientId(), MAX_ID, "lti.registration.error.client-id");
        List<String> deployments = deployments(form.deploymentIds());
        String jwks =
                url(text(form.platformJwks(), MAX_URL, "lti.registration.error.jwks"), "lti.registration.error.jwks");
        String auth = url(
                text(form.authorizationEndpoint(), MAX_URL, "lti.registration.error.authorization"),
                "lti.registration.error.authorization");
        String token = url(
                text(form.tokenEndpoint(), MAX_URL, "lti.registration.error.token"), "lti.registration.error.token");
        return new Checked(name, issuer, clientId, deployments, jwks, auth, token);
    }

    private static String text(String value, int max, String key) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.codePointCount(0, v.length()) > max || v.chars().anyMatch(Character::isISOControl)) {
            throw new LtiException(key, max);
        }
        return v;
    }

    private static List<String> deployments(String value) {
        Set<String> ids = new LinkedHashSet<>();
        for (String part : (value == null ? "" : value).split("[\\n,]")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
                throw new LtiException("lti.registration.error.deployment", MAX_ID);
            }
            ids.add(id);
        }
        if (ids.isEmpty() || ids.size() > MAX_DEPLOYMENTS) {
            throw new LtiException("lti.registration.error.deployments", MAX_DEPLOYMENTS);
        }
        return new ArrayList<>(ids);
    }

    /**
     * An absolute {@code https} URL without user info or fragment, or {@code http} to the loopback address (a
     * platform on the same machine, as in tests): tokens and keys must not travel in the clear.
     */
    static String url(String value, String key) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new LtiException(key, MAX_URL);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost();
        boolean loopback =
                host != null && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
        if (host == null
                || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null
                || !(scheme.equals("https") || (scheme.equals("http") && loopback))) {
            throw new LtiException(key, MAX_URL);
        }
        return value;
    }

    private LtiRegistration row(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<String> deployments = jdbc.sql(
                        "select deployment_id from lti_deployment where registration_id = ? order by deployment_id")
                .param(id)
                .query(String.class)
                .list();
        return new LtiRegistration(
                id,
                rs.getString("name"),
                rs.getString("issuer"),
                rs.getString("client_id"),
                deployments,
                URI.create(rs.getString("platform_jwks_url")),
                URI.create(rs.getString("authorization_url")),
                URI.create(rs.getString("token_url")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private void requireAdmin() {
        if (!currentUser.require().has(Role.ADMIN)) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
