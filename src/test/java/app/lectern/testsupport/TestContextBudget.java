package app.lectern.testsupport;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Counts the Spring contexts a test JVM starts and refuses to start more than {@value #DEFAULT_LIMIT} (system
 * property {@code lectern.test.max-contexts}): every context costs seconds of start-up and its own connection
 * pool, and a new one is made by anything that changes a test's configuration. At the end of the run it prints
 * {@code Spring test contexts: N}. Registered in {@code META-INF/spring.factories} (contexts) and {@code
 * META-INF/services} (the summary).
 */
public final class TestContextBudget implements ContextCustomizerFactory, TestExecutionListener {

    /** The most contexts one test run may start. */
    public static final int DEFAULT_LIMIT = 8;

    private static final AtomicInteger STARTED = new AtomicInteger();

    /** How many Spring test contexts this JVM has started. */
    public static int started() {
        return STARTED.get();
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return new Counter();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (STARTED.get() > 0) {
            System.out.println("Spring test contexts: " + STARTED.get() + " (at most " + limit() + ")");
        }
    }

    private static int limit() {
        return Integer.getInteger("lectern.test.max-contexts", DEFAULT_LIMIT);
    }

    /** Called once per context that is actually started; equal for all, so it never splits the context cache. */
    private static final class Counter implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            int n = STARTED.incrementAndGet();
            if (n > limit()) {
                throw new IllegalStateException("Spring test context #" + n + " for "
                        + config.getTestClass().getName()
                        + ": at most " + limit() + " per run (lectern.test.max-contexts). Use @LecternSpringTest"
                        + " as it is, without properties, mocked beans or @DynamicPropertySource of its own, to share"
                        + " a context.");
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Counter;
        }

        @Override
        public int hashCode() {
            return Counter.class.hashCode();
        }
    }
}
