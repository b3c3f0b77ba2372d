package app.lectern.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test of the whole application that shares its Spring context with every other test of the same
 * configuration: the shipped {@code ./content}, an H2 database in a data folder made for the context (under one
 * folder per test JVM, removed when it exits), a connection pool of at most three, and the movable {@link
 * TestClock}, back at the real time before each test.
 *
 * <p>Since the database is shared, a test must not assume it is empty: it works with its own rows (random ids,
 * unique names) and counts only those. Anything that changes the configuration (a property, a mocked bean, a
 * {@code @DynamicPropertySource}) makes a new context, which costs seconds and connections; {@link
 * TestContextBudget} fails the run beyond {@value TestContextBudget#DEFAULT_LIMIT} contexts. Add {@link
 * PostgresTest} to run against PostgreSQL instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
        properties = {
            "lectern.content-dir=./content",
            "spring.datasource.hikari.maximum-pool-size=3",
            "spring.datasource.hikari.minimum-idle=1"
        })
@ContextConfiguration(initializers = TestContextSetup.class)
@ExtendWith(BetweenTests.class)
public @interface LecternSpringTest {}
