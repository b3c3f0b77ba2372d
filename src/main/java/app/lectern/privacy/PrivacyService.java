package app.lectern.privacy;

import app.lectern.account.CurrentUser;
import app.lectern.account.Role;
import app.lectern.account.UserRef;
import app.lectern.classroom.ClassroomService;
import app.lectern.config.LecternProperties;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's data: export of everything that references an account, erasure of a student account with everything
 * that references it, and the retention limit of anonymous self-study progress.
 *
 * <p>"Everything that references" is found by following the database's foreign keys from the account's row (see
 * {@link ReferenceWalk}): class memberships, assignment attempts with their responses, reviews and extra tries, and
 * — once accounts own self-study progress — the account's learner, the anonymous learners merged into it and their
 * progress, responses, hints and visits.
 *
 * <p>Who may do what: every signed-in user may export their own data; an admin may export and erase any student
 * account. Erasure is the one place where Lectern deletes answers a student submitted: the right to erasure
 * overrides "nothing a student submits is ever lost". Teacher and admin accounts are not erased here (their classes
 * hold other people's work); an admin handles them by hand.
 */
@Service
public class PrivacyService {

    private static final Logger LOG = LoggerFactory.getLogger(PrivacyService.class);

    /** Columns never exported: they say nothing about the person and would only help an attacker. */
    // the attempt's stored totals are derived from its responses' grading (exported there, or withheld there)
    private static final Set<String> NOT_EXPORTED = Set.of(
            "app_user.password_hash",
            "assignment_attempt.points",
            "assignment_attempt.answered",
            "assignment_attempt.pending",
            "assignment_attempt.active_seconds");

    /**
     * The columns of an assignment response that grade it: in the student's own export only once the assignment
     * releases that attempt's feedback, as on the student's work page (a withheld score would tell which answers
     * are right).
     */
    static final Set<String> GRADING =
            Set.of("points", "fraction", "pending", "teacher_comment", "reviewed_at", "reviewed_by");

    /** What the student's export says in place of a response's withheld grading. */
    static final String GRADING_WITHHELD = "withheld until the assignment releases feedback";

    private final CurrentUser currentUser;
    private final ClassroomService classroom;
    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Clock clock;
    private final int anonymousDays;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PrivacyService(
            CurrentUser currentUser,
            ClassroomService classroom,
            JdbcClient jdbc,
            DataSource dataSource,
            Clock clock,
            LecternProperties properties) {
        this.currentUser = currentUser;
        this.classroom = classroom;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.clock = clock;
        this.anonymousDays = properties.retention().anonymousDays();
    }

    /**
     * The signed-in user's own data as JSON. The grading of assignment answers whose feedback is not released yet
     * is left out ({@link #GRADING}).
     *
     * @throws AccessDeniedException for an anonymous visitor
     */
    @Transactional(readOnly = true)
    public String exportMine() {
        long userId = currentUser.require().id();
        return export(userId, walk(), classroom.attemptsWithFeedbackWithheld(userId));
    }

    /**
     * Any account's data as JSON, in full (withheld grading included); for admins.
     *
     * @throws AccessDeniedException for anyone but an admin
     * @throws NoSuchElementException for an unknown account
     */
    @Transactional(readOnly = true)
    public String export(long userId) {
        requireAdmin();
        requireAccount(userId);
        return export(userId, walk(), Set.of());
    }

    /** The most accounts a search returns: a search finds someone, it does not list everyone. */
    public static final int MAX_MATCHES = 10;

    /** The fewest characters a display-name search needs (an exact login name may be shorter). */
    public static final int MIN_NAME_QUERY = 3;

    /**
     * Accounts whose login name is the query (ignoring case), then those whose display name contains it (ignoring
     * case; only for queries of at least {@value #MIN_NAME_QUERY} characters), at most {@value #MAX_MATCHES}; for
     * admins. An empty or too short query finds nothing rather than everyone.
     *
     * @throws AccessDeniedException for anyone but an admin
     */
    @Transactional(readOnly = true)
    public List<AccountMatch> findAccounts(String query) {
        requireAdmin();
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        String lower = q.toLowerCase(Locale.ROOT);
        boolean byName = q.codePointCount(0, q.length()) >= MIN_NAME_QUERY;
        String pattern = "%" + lower.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return jdbc.sql("select id, login_name, display_name, roles, enabled from app_user where login_name = :login"
                        + (byName ? " or lower(display_name) like :pattern escape '!'" : "")
                        + " order by case when login_name = :login then 0 else 1 end, display_name, id"
                        + " fetch first " + MAX_MATCHES + " rows only")
                .param("login", lower)
                .params(byName ? Map.of("pattern", pattern) : Map.of())
                .query((rs, row) -> new AccountMatch(
                        rs.getLong("id"),
                        rs.getString("login_name"),
                        rs.getString("display_name"),
                        roles(rs.getString("roles")),
                        rs.getBoolean("enabled"),
                        classesOf(rs.getLong("id"))))
                .list();
    }

    private static Set<Role> roles(String stored) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : stored.split(",")) {
            if (!role.isBlank()) {
                roles.add(Role.valueOf(role.strip()));
            }
        }
        return roles;
    }

    private List<String> classesOf(long userId) {
        return jdbc.sql("""
                        select name from school_class where teacher_id = :id
                        union
                        select c.name from school_class c join class_member m on m.class_id = c.id
                        where m.student_id = :id
                        order by 1
                        """).param("id", userId).query(String.class).list();
    }

    /**
     * Erases a student account and every row that references it, in one transaction; for admins. The student's
     * open sessions end with their next request, as the account no longer exists.
     *
     * @throws AccessDeniedException for anyone but an admin
     * @throws NoSuchElementException for an unknown account
     * @throws PrivacyException for a teacher or admin account, or the admin's own
     */
    @Transactional
    public Deletion delete(long userId) {
        UserRef admin = requireAdmin();
        String roles = requireAccount(userId);
        if (userId == admin.id()) {
            throw new PrivacyException("you cannot erase your own account");
        }
        if (roles.contains(Role.TEACHER.name()) || roles.contains(Role.ADMIN.name())) {
            throw new PrivacyException("only student accounts can be erased here; account " + userId + " has roles "
                    + roles + " (their classes hold other people's work)");
        }
        ReferenceWalk walk = walk();
        Map<String, Integer> counts = walk.delete(walk.from("app_user", "id", userId));
        LOG.info("Erased account {} at the request of admin {}: {}", userId, admin.id(), counts);
        return new Deletion(userId, counts);
    }

    /**
     * Deletes anonymous self-study learners not seen for {@code lectern.retention.anonymous-days} days, with their
     * progress, responses, hints and visits. Learners that belong to an account, or were merged into one, are the
     * account's data and stay. {@link RetentionJob} runs it nightly; {@code 0} days turns it off.
     *
     * @return how many learners were deleted
     */
    @Transactional
    public int deleteStaleAnonymousLearners() {
        if (anonymousDays <= 0) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(anonymousDays));
        ReferenceWalk.Schema schema = schema();
        StringBuilder sql = new StringBuilder("select id from learner where last_seen_at < ?");
        // the columns of accounts' learners exist from migration V6 on
        if (schema.hasForeignKey("learner", "user_id")) {
            sql.append(" and user_id is null");
        }
        if (schema.hasForeignKey("learner", "merged_into")) {
            sql.append(" and merged_into is null");
        }
        List<UUID> stale = jdbc.sql(sql.toString())
                .param(cutoff.atOffset(ZoneOffset.UTC))
                .query(UUID.class)
                .list();
        ReferenceWalk walk = new ReferenceWalk(jdbc, schema);
        int rows = 0;
        for (UUID learner : stale) {
            rows += walk.delete(walk.from("learner", "id", learner)).values().stream()
                    .mapToInt(Integer::intValue)
                    .sum();
        }
        if (!stale.isEmpty()) {
            LOG.info(
                    "Retention: deleted {} anonymous learners not seen for {} days ({} rows)",
                    stale.size(),
                    anonymousDays,
                    rows);
        }
        return stale.size();
    }

    /** @param withheldAttempts attempts whose responses are exported without their {@link #GRADING} */
    private String export(long userId, ReferenceWalk walk, Set<Long> withheldAttempts) {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        for (ReferenceWalk.Found f : walk.from("app_user", "id", userId)) {
            boolean withheld = f.table().equals("assignment_response")
                    && f.row().get("attempt_id") instanceof Number attempt
                    && withheldAttempts.contains(attempt.longValue());
            Map<String, Object> row = new LinkedHashMap<>();
            f.row().forEach((column, value) -> {
                if (!NOT_EXPORTED.contains(f.table() + "." + column) && !(withheld && GRADING.contains(column))) {
                    row.put(column, ReferenceWalk.plain(value));
                }
            });
            if (withheld) {
                row.put("grading", GRADING_WITHHELD);
            }
            tables.computeIfAbsent(f.table(), k -> new java.util.ArrayList<>()).add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("format", "lectern-personal-data/1");
        out.put("exportedAt", clock.instant().toString());
        out.put("userId", userId);
        out.put(
                "about",
                "Every row of Lectern's database that references this account, by table. Answers are stored as"
                        + " JSON text (answer_json); times are UTC.");
        out.put("tables", tables);
        return json.writeValueAsString(out);
    }

    private UserRef requireAdmin() {
        UserRef user = currentUser.require();
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("requires " + Role.ADMIN);
        }
        return user;
    }

    /** The account's roles, as stored. */
    private String requireAccount(long userId) {
        return jdbc.sql("select roles from app_user where id = ?")
                .param(userId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NoSuchElementException("no account " + userId));
    }

    private ReferenceWalk walk() {
        return new ReferenceWalk(jdbc, schema());
    }

    private ReferenceWalk.Schema schema() {
        // the connection of the current transaction
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return ReferenceWalk.Schema.read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the database schema", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
