package app.lectern.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The PostgreSQL database that persistence tests run against, configured by environment variables:
 *
 * <ul>
 *   <li>{@code LECTERN_TEST_PG_URL}, for example {@code jdbc:postgresql://localhost:5432/lectern_test};
 *   <li>{@code LECTERN_TEST_PG_USER} (default {@code lectern}) and {@code LECTERN_TEST_PG_PASSWORD}.
 * </ul>
 *
 * <p>The user needs the right to create schemas in that database (owning it is simplest). Each Spring
 * context gets a schema with a random name, so parallel or interrupted runs never see each other's rows; the
 * schema is dropped when the test JVM exits. Use it through {@link PostgresTest}.
 */
public final class PostgresTestDatabase {

    /** Environment variable holding the JDBC URL of the test database. */
    public static final String URL = "LECTERN_TEST_PG_URL";

    /** Environment variable holding the user name. */
    public static final String USER = "LECTERN_TEST_PG_USER";

    /** Environment variable holding the password. */
    public static final String PASSWORD = "LECTERN_TEST_PG_PASSWORD";

    private PostgresTestDatabase() {}

    /** The JDBC URL of the test database, if one is configured. */
    public static Optional<String> url() {
        return Optional.ofNullable(System.getenv(URL)).filter(s -> !s.isBlank());
    }

    static String user() {
        return Optional.ofNullable(System.getenv(USER)).orElse("lectern");
    }

    static String password() {
        return Optional.ofNullable(System.getenv(PASSWORD)).orElse("");
    }

    /** Whether this is a CI run, where PostgreSQL must be there rather than be skipped. */
    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * Creates an empty schema with a random name and returns the properties that point the application's
     * {@code postgres} profile (data source, Flyway, Hibernate) at it.
     *
     * @throws IllegalStateException if no database is configured or it cannot be reached
     */
    public static Map<String, Object> freshSchema() {
        String url = url().orElseThrow(() -> new IllegalStateException(
                URL + " is not set; " + (onCi() ? "CI=true, so PostgreSQL is required. " : "") + howTo()));
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute(url, "create schema " + schema);
        return propertiesFor(schema);
    }

    /** The properties that point the {@code postgres} profile at an existing schema of the test database. */
    public static Map<String, Object> propertiesFor(String schema) {
        String url = url().orElseThrow(() -> new IllegalStateException(URL + " is not set. " + howTo()));
        Map<String, Object> properties = new HashMap<>();
        // The variables the production profile (application-postgres.properties) reads, so tests exercise it.
        properties.put("LECTERN_DB_URL", url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        properties.put("LECTERN_DB_USER", user());
        properties.put("LECTERN_DB_PASSWORD", password());
        properties.put("spring.flyway.schemas", schema);
        properties.put("spring.jpa.properties.hibernate.default_schema", schema);
        properties.put("lectern.test.postgres-schema", schema);
        return properties;
    }

    /** Drops a schema made by {@link #freshSchema()} and everything in it. */
    public static void drop(String schema) {
        url().ifPresent(url -> execute(url, "drop schema if exists " + schema + " cascade"));
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL test database " + url + " as user " + user() + ": "
                            + e.getMessage().replaceAll("\\.$", "") + ". " + howTo(),
                    e);
        }
    }

    private static String howTo() {
        return "To run the PostgreSQL variants, start PostgreSQL (.ci/run does) and set " + URL + " (e.g."
                + " jdbc:postgresql://localhost:5432/lectern_test), " + USER + " and " + PASSWORD + ".";
    }

    /**
     * Skips PostgreSQL test classes when no database is configured, unless on CI, where the tests then run
     * and fail with the reason.
     */
    public static final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (url().isPresent()) {
                return ConditionEvaluationResult.enabled("PostgreSQL test database at " + url().get());
            }
            if (onCi()) {
                return ConditionEvaluationResult.enabled("CI=true: PostgreSQL is required");
            }
            return ConditionEvaluationResult.disabled("Skipped PostgreSQL variant: " + URL + " is not set. " + howTo());
        }
    }

    /**
     * Points a Spring context running the {@code postgres} profile at a fresh PostgreSQL schema, ahead of
     * every other property source, and drops the schema when the JVM exits.
     */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> properties = freshSchema();
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource("lectern-postgres-test", properties));
            // A shutdown hook rather than a context listener: it also runs when the context fails to start.
            String schema = (String) properties.get("lectern.test.postgres-schema");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    drop(schema);
                } catch (IllegalStateException e) {
                    System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
                }
            }));
        }
    }
}
