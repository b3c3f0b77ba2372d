package app.lectern.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Sets up each Spring context of {@link LecternSpringTest}: a data folder of its own (so an H2 file database
 * belongs to one context) under a folder made once per test JVM and removed when it exits, and the {@link
 * TestClock} as the primary {@link Clock}, and the {@link InjectedFailure} wrapper around the {@code JdbcClient}.
 */
public final class TestContextSetup implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static Path root;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Path data = root().resolve("context-" + CONTEXTS.incrementAndGet());
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "lectern-test-data",
                        Map.of("lectern.data-dir", data.toAbsolutePath().toString())));
        ((GenericApplicationContext) context)
                .registerBean("testClock", TestClock.class, TestClock::get, bean -> bean.setPrimary(true));
        context.getBeanFactory().addBeanPostProcessor(new InjectedFailure.Wrapper());
    }

    private static synchronized Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("lectern-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path made = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(made)));
        }
        return root;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: the folder is in the temp directory
        }
    }
}
