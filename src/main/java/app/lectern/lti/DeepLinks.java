package app.lectern.lti;

import app.lectern.account.CurrentUser;
import app.lectern.classroom.ClassroomService;
import app.lectern.content.LearningModule;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deep linking: a teacher's request from the platform waits here (one-time, {@link #LIFETIME}, keyed by a random id
 * only the server made and bound to the teacher's account) until they choose a module; the answer is an {@code
 * LtiDeepLinkingResponse} signed with the tool's key, with one {@code ltiResourceLink} whose custom parameter names
 * the module.
 */
@Service
public class DeepLinks {

    /** The picker's address, followed by the request's id. */
    public static final String PATH = "lti/deep-link/";

    /** How long a teacher has to choose. */
    static final Duration LIFETIME = Duration.ofMinutes(30);

    /** Longest title of a chosen link. */
    public static final int MAX_TITLE = 200;

    /** The score maximum of the line item Lectern asks the platform for: a percentage. */
    static final int SCORE_MAXIMUM = 100;

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ClassroomService classroom;
    private final LtiRegistrations registrations;
    private final ToolKeys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    DeepLinks(
            JdbcClient jdbc,
            CurrentUser currentUser,
            ClassroomService classroom,
            LtiRegistrations registrations,
            ToolKeys keys,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.classroom = classroom;
        this.registrations = registrations;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * A waiting request as the picker shows it.
     *
     * @param id its id
     * @param platform the platform's name
     * @param modules the modules the teacher may choose
     */
    public record Pending(String id, String platform, List<LearningModule> modules) {}

    /**
     * The signed answer and where the browser posts it (as the form field {@code JWT}).
     *
     * @param returnUrl the platform's deep link return URL
     * @param jwt the signed {@code LtiDeepLinkingResponse}
     */
    public record Response(URI returnUrl, String jwt) {}

    private record Row(
            long registrationId,
            long userId,
            String deploymentId,
            String returnUrl,
            String data,
            boolean lineItem,
            Instant createdAt,
            boolean used) {}

    @Transactional
    String create(LtiRegistration registration, long userId, LaunchClaims claims) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into lti_deep_link (id, registration_id, user_id, deployment_id, return_url, data,"
                        + " line_item_accepted, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        registration.id(),
                        userId,
                        claims.deploymentId(),
                        claims.deepLinkReturnUrl().toString(),
                        claims.deepLinkData(),
                        claims.acceptsLineItem(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update();
        return id;
    }

    /**
     * The signed-in teacher's waiting request.
     *
     * @throws NoSuchElementException for an unknown, used, expired or another user's request (all look the same)
     */
    @Transactional(readOnly = true)
    public Pending pending(String id) {
        Row row = row(id);
        String platform = registrations
                .find(row.registrationId())
                .map(LtiRegistration::name)
                .orElseThrow();
        return new Pending(id, platform, classroom.assignableModules());
    }

    /**
     * Answers the request with the module: used up at once.
     *
     * @param title the link's title in the platform (the module's title when blank), at most {@value #MAX_TITLE}
     * @param launchUrl Lectern's public launch URL, the link's {@code url}
     * @throws NoSuchElementException as {@link #pending}
     * @throws LtiException for a module the teacher may not assign or a title too long
     */
    @Transactional
    public Response respond(String id, String moduleId, String title, String launchUrl) {
        Row row = row(id);
        LearningModule module = classroom.assignableModules().stream()
                .filter(m -> m.id().equals(moduleId))
                .findFirst()
                .orElseThrow(() -> new LtiException("lti.launch.error.module"));
        String label = title == null || title.isBlank() ? module.title() : title.strip();
        if (label.codePointCount(0, label.length()) > MAX_TITLE || label.chars().anyMatch(Character::isISOControl)) {
            throw new LtiException("lti.deep-link.error.title", MAX_TITLE);
        }
        int updated = jdbc.sql("update lti_deep_link set used_at = ? where id = ? and used_at is null")
                .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), id)
                .update();
        if (updated != 1) {
            throw new NoSuchElementException("deep link request used");
        }
        LtiRegistration registration =
                registrations.find(row.registrationId()).orElseThrow(() -> new NoSuchElementException("no platform"));
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("type", "ltiResourceLink");
        item.put("title", label);
        item.put("url", launchUrl);
        item.put("custom", Map.of(LaunchClaims.MODULE_PARAMETER, module.id()));
        if (row.lineItem()) {
            item.put("lineItem", Map.of("scoreMaximum", SCORE_MAXIMUM, "label", label));
        }
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(registration.clientId())
                .audience(registration.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LaunchClaims.LTI + "deployment_id", row.deploymentId())
                .claim(LaunchClaims.LTI + "message_type", "LtiDeepLinkingResponse")
                .claim(LaunchClaims.LTI + "version", "1.3.0")
                .claim(LaunchClaims.DL + "content_items", List.of(item));
        if (row.data() != null) {
            claims.claim(LaunchClaims.DL + "data", row.data());
        }
        return new Response(URI.create(row.returnUrl()), keys.sign(claims.build()));
    }

    private Row row(String id) {
        long user = currentUser.require().id();
        if (id == null || id.length() > 64) {
            throw new NoSuchElementException("no such deep link request");
        }
        Row row = jdbc.sql("select * from lti_deep_link where id = ?")
                .param(id)
                .query((rs, n) -> new Row(
                        rs.getLong("registration_id"),
                        rs.getLong("user_id"),
                        rs.getString("deployment_id"),
                        rs.getString("return_url"),
                        rs.getString("data"),
                        rs.getBoolean("line_item_accepted"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("used_at") != null))
                .optional()
                .orElseThrow(() -> new NoSuchElementException("no such deep link request"));
        if (row.userId() != user || row.used() || row.createdAt().plus(LIFETIME).isBefore(clock.instant())) {
            throw new NoSuchElementException("no such deep link request");
        }
        return row;
    }
}
