package app.lectern.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test against PostgreSQL instead of the default H2 file database: the production
 * {@code postgres} profile, pointed at the test database named by {@code LECTERN_TEST_PG_URL}, in a fresh
 * schema of its own with all Flyway migrations applied.
 *
 * <p>To run an existing H2 persistence test on PostgreSQL too, subclass it and annotate the subclass; every
 * inherited test then runs once per database:
 *
 * <pre>{@code
 * @PostgresTest
 * class ClassroomServicePostgresTest extends ClassroomServiceTest {}
 * }</pre>
 *
 * <p>The base class keeps its {@link LecternSpringTest}; tests that count rows should count only their own
 * (for example by a random id), as one schema serves all tests that share a Spring context, and all PostgreSQL
 * tests of the usual configuration share one. Without
 * {@code LECTERN_TEST_PG_URL} the class is skipped with a message saying how to enable it, except when
 * {@code CI=true}: there a missing or unreachable PostgreSQL fails the tests. See {@link PostgresTestDatabase}
 * for the environment variables; {@code .ci/run} sets them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PostgresTestDatabase.Condition.class)
@ActiveProfiles("postgres")
@ContextConfiguration(initializers = PostgresTestDatabase.Initializer.class)
public @interface PostgresTest {}
