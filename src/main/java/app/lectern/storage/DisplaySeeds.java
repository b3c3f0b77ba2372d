package app.lectern.storage;

import app.lectern.answering.DisplayOrder;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one source of display orders ({@link DisplayOrder}) for self-study and assignments. Their secret is generated
 * once, at first use, and kept in the database (table {@code server_secret}), so orders stay the same across
 * restarts; it is never sent anywhere.
 */
@Component
public class DisplaySeeds {

    private static final String NAME = "display-order";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private volatile byte[] secret;

    DisplaySeeds(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** The display orders of a self-study learner, the same for every module they read. */
    public DisplayOrder forLearner(UUID learner) {
        return DisplayOrder.of(secret(), "learner:" + learner);
    }

    /** The display orders of a student's work on an assignment. */
    public DisplayOrder forStudent(long assignmentId, long studentId) {
        return DisplayOrder.of(secret(), "assignment:" + assignmentId + ":student:" + studentId);
    }

    private byte[] secret() {
        byte[] known = secret;
        if (known == null) {
            synchronized (this) {
                if (secret == null) {
                    secret = loadOrCreate();
                }
                known = secret;
            }
        }
        return known;
    }

    private byte[] loadOrCreate() {
        String stored = ownTransaction.execute(status -> read().orElseGet(() -> {
            byte[] fresh = new byte[DisplayOrder.MIN_SECRET_BYTES];
            new SecureRandom().nextBytes(fresh);
            // another server sharing the database may create it at the same moment: then theirs stands
            DuplicateSafeInsert.run(
                    dataSource,
                    () -> jdbc.sql("insert into server_secret (name, secret, created_at) values (?, ?, ?)")
                            .params(
                                    NAME,
                                    Base64.getEncoder().encodeToString(fresh),
                                    clock.instant().atOffset(ZoneOffset.UTC))
                            .update());
            return read().orElseThrow();
        }));
        return Base64.getDecoder().decode(stored);
    }

    private Optional<String> read() {
        return jdbc.sql("select secret from server_secret where name = ?")
                .param(NAME)
                .query(String.class)
                .optional();
    }
}
