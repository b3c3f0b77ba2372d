package app.lectern.e2e;

import app.lectern.testsupport.PostgresTestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The learner journey against the packaged jar on PostgreSQL (the production profile), in a fresh schema. */
@ExtendWith(PostgresTestDatabase.Condition.class)
class LearnerJourneyPostgresIT extends LearnerJourneyIT {

    private String schema;

    @Override
    LecternProcess newProcess(Path dataDir) throws Exception {
        if (schema == null) {
            Map<String, Object> properties = PostgresTestDatabase.freshSchema();
            schema = (String) properties.get("lectern.test.postgres-schema");
        }
        Map<String, Object> properties = PostgresTestDatabase.propertiesFor(schema);
        return new LecternProcess(
                dataDir,
                List.of(
                        "--spring.profiles.active=postgres",
                        "--spring.flyway.schemas=" + schema,
                        "--spring.jpa.properties.hibernate.default_schema=" + schema),
                Map.of(
                        "LECTERN_DB_URL", (String) properties.get("LECTERN_DB_URL"),
                        "LECTERN_DB_USER", (String) properties.get("LECTERN_DB_USER"),
                        "LECTERN_DB_PASSWORD", (String) properties.get("LECTERN_DB_PASSWORD")));
    }

    @Override
    @AfterAll
    void stop() throws Exception {
        super.stop();
        if (schema != null) {
            PostgresTestDatabase.drop(schema);
        }
    }
}
