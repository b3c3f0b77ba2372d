package app.lectern.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.lectern.testsupport.LecternSpringTest;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** The display orders' secret: generated once, kept in the database, the same after a restart. */
@LecternSpringTest
class DisplaySeedsTest {

    @Autowired
    DisplaySeeds seeds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @Test
    void theSecretIsStoredOnceAndAServerStartedLaterGivesTheSameOrders() {
        UUID learner = UUID.randomUUID();
        long seed = seeds.forLearner(learner).seed("events-order");

        DisplaySeeds restarted = new DisplaySeeds(jdbc, dataSource, transactions, clock);

        assertThat(restarted.forLearner(learner).seed("events-order")).isEqualTo(seed);
        assertThat(jdbc.sql("select count(*) from server_secret where name = 'display-order'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void learnersAndStudentsOfAssignmentsHaveOrdersOfTheirOwn() {
        long ofLearner = seeds.forLearner(UUID.randomUUID()).seed("events-order");

        assertThat(seeds.forStudent(7, 11).seed("events-order"))
                .isEqualTo(seeds.forStudent(7, 11).seed("events-order"))
                .isNotEqualTo(seeds.forStudent(8, 11).seed("events-order"))
                .isNotEqualTo(seeds.forStudent(7, 12).seed("events-order"))
                .isNotEqualTo(ofLearner);
    }
}
