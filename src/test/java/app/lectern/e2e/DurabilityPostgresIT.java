package app.lectern.e2e;

import app.lectern.testsupport.PostgresTestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** The durability rounds and the double submits against the packaged jar on PostgreSQL, in a fresh schema. */
@ExtendWith(PostgresTestDatabase.Condition.class)
class DurabilityPostgresIT extends DurabilityIT {

    private String schema;

    @Override
    LecternProcess newProcess(Path dataDir) throws Exception {
        Map<String, Object> properties = properties();
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
    String database() {
        return "PostgreSQL";
    }

    @Override
    long storedResponses(Path dataDir, String learnerId, String questionId) throws Exception {
        Map<String, Object> properties = properties();
        try (Connection c = DriverManager.getConnection(
                        (String) properties.get("LECTERN_DB_URL"), (String) properties.get("LECTERN_DB_USER"), (String)
                                properties.get("LECTERN_DB_PASSWORD"));
                PreparedStatement s = c.prepareStatement("select count(*) from " + schema
                        + ".study_response where learner_id = ? and question_id = ?")) {
            s.setObject(1, UUID.fromString(learnerId));
            s.setString(2, questionId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Map<String, Object> properties() {
        if (schema == null) {
            schema = (String) PostgresTestDatabase.freshSchema().get("lectern.test.postgres-schema");
        }
        return PostgresTestDatabase.propertiesFor(schema);
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
