package app.lectern.study;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Self-study learners of accounts, and the claim of an anonymous learner's progress at sign-in. Runs in the
 * transaction of {@link StudyService}, which exposes it.
 */
@Component
class LearnerClaims {

    /** The tables whose rows belong to one learner and one module; a claim moves them module by module. */
    private static final List<String> STUDY_TABLES =
            List.of("study_progress", "study_response", "study_hint", "study_visit");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    LearnerClaims(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** See {@link StudyService#accountLearner}. */
    UUID accountLearner(long userId) {
        Optional<UUID> existing = learnerOfAccount(userId);
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into learner (id, created_at, last_seen_at, user_id) values (?, ?, ?, ?)")
                .params(id, now(), now(), userId)
                .update();
        return id;
    }

    /** See {@link StudyService#claim}. */
    StudyService.Claim claim(UUID anonymousLearner, long userId) {
        Optional<UUID> account = learnerOfAccount(userId);
        if (anonymousLearner == null || account.filter(anonymousLearner::equals).isPresent()) {
            return new StudyService.Claim(account.orElse(null), List.of(), List.of());
        }
        // only a learner nobody has claimed yet; locked, so two sign-ins cannot both take it
        boolean claimable = !jdbc.sql("select id from learner where id = ? and user_id is null"
                        + " and merged_into is null for update")
                .param(anonymousLearner)
                .query(UUID.class)
                .list()
                .isEmpty();
        if (!claimable) {
            return new StudyService.Claim(account.orElse(null), List.of(), List.of());
        }
        List<String> modules = startedModules(anonymousLearner);
        // never the cookie's id: whoever planted or copied that cookie would reach the account through it
        UUID target = account.orElseGet(() -> accountLearner(userId));
        Set<String> started = new HashSet<>(startedModules(target));
        List<String> moved = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (String moduleId : modules) {
            if (started.contains(moduleId)) {
                kept.add(moduleId);
                continue;
            }
            // the account has no row of this module in any table, so no key can collide
            for (String table : STUDY_TABLES) {
                jdbc.sql("update " + table + " set learner_id = ? where learner_id = ? and module_id = ?")
                        .params(target, anonymousLearner, moduleId)
                        .update();
            }
            moved.add(moduleId);
        }
        jdbc.sql("update learner set merged_into = ?, claimed_at = ? where id = ?")
                .params(target, now(), anonymousLearner)
                .update();
        events.publishEvent(new LearnerClaimed(anonymousLearner, target));
        return new StudyService.Claim(target, moved, kept);
    }

    /**
     * Whether a learner id belongs to an account or was merged into one: such an id is never honoured from a cookie
     * again (see {@link LearnerCookieFilter}).
     */
    boolean claimed(UUID learner) {
        return jdbc.sql(
                                "select count(*) from learner where id = ? and (user_id is not null or merged_into is not null)")
                        .param(learner)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The account a learner belongs to, if it does. */
    Optional<Long> userOf(UUID learner) {
        return jdbc.sql("select user_id from learner where id = ? and user_id is not null")
                .param(learner)
                .query(Long.class)
                .optional();
    }

    private Optional<UUID> learnerOfAccount(long userId) {
        return jdbc.sql("select id from learner where user_id = ?")
                .param(userId)
                .query(UUID.class)
                .optional();
    }

    /** Modules with any stored trace of this learner, in a stable order. */
    private List<String> startedModules(UUID learner) {
        return jdbc.sql("select module_id from study_progress where learner_id = ?"
                        + " union select module_id from study_response where learner_id = ?"
                        + " union select module_id from study_hint where learner_id = ?"
                        + " union select module_id from study_visit where learner_id = ?"
                        + " order by module_id")
                .params(learner, learner, learner, learner)
                .query(String.class)
                .list();
    }

    /** The time as JDBC drivers take it: PostgreSQL's refuses a bare {@code Instant}. */
    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
