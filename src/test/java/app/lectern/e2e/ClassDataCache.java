package app.lectern.e2e;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A class-data-sharing archive of the packaged application, so tests that restart it many times (the durability
 * rounds) start it in a third of the time. Spring Boot's documented recipe: extract the jar, run it once until the
 * context is refreshed with {@code -XX:ArchiveClassesAtExit}, then start it with {@code -XX:SharedArchiveFile}.
 * The application's code and configuration are the same; only how the JVM loads its classes differs. Made once per
 * packaged jar, in {@code target/e2e-cds}, unless the package step already made the JDK AOT cache of the README's
 * start ({@code target/app}), which is used instead.
 */
final class ClassDataCache {

    /** How the application is launched with the archive. */
    record Launch(Path jar, List<String> jvmOptions) {}

    private static Launch launch;

    private ClassDataCache() {}

    /**
     * The extracted jar and the JVM options that use the archive, made on first use; without an archive (the JVM
     * could not write one) the packaged jar without options.
     */
    static synchronized Launch launch() throws IOException, InterruptedException {
        if (launch != null) {
            return launch;
        }
        Path packaged =
                Path.of(System.getProperty("lectern.jar", "target/lectern.jar")).toAbsolutePath();
        launch = aotCache(packaged);
        if (launch != null) {
            return launch;
        }
        Path dir = packaged.resolveSibling("e2e-cds");
        Path extracted = dir.resolve("app");
        Path jar = extracted.resolve(packaged.getFileName());
        Path archive = dir.resolve("lectern.jsa");
        // ITs may run in two JVMs at once (failsafe forkCount): one makes the archive while the other waits
        try (FileChannel channel = FileChannel.open(
                        packaged.resolveSibling("e2e-cds.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            launch = made(packaged, dir, extracted, jar, archive);
        }
        return launch;
    }

    /**
     * The README's fast start, when the package step made one for this jar: the extracted app in {@code target/app}
     * with its JDK AOT cache ({@code .mvn/app-aot.sh}). Then no archive of our own needs training.
     */
    private static Launch aotCache(Path packaged) throws IOException {
        Path app = packaged.resolveSibling("app");
        Path jar = app.resolve(packaged.getFileName());
        Path cache = app.resolve("lectern.aot");
        if (!Files.exists(jar)
                || !Files.exists(cache)
                || Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(packaged)) < 0) {
            return null;
        }
        // C1 only, as with the archive below: these starts serve a test for a minute, not a school for months
        return new Launch(jar, List.of("-XX:AOTCache=" + cache, "-XX:TieredStopAtLevel=1"));
    }

    private static Launch made(Path packaged, Path dir, Path extracted, Path jar, Path archive)
            throws IOException, InterruptedException {
        FileTime built = Files.getLastModifiedTime(packaged);
        boolean fresh = Files.exists(archive)
                && Files.exists(jar)
                && Files.getLastModifiedTime(archive).compareTo(built) > 0;
        List<String> options = List.of("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1", "-Xshare:auto");
        if (!fresh) {
            Instant started = Instant.now();
            deleteTree(dir);
            Files.createDirectories(dir);
            run(
                    dir,
                    List.of(
                            java(),
                            "-Djarmode=tools",
                            "-jar",
                            packaged.toString(),
                            "extract",
                            "--destination",
                            extracted.toString()));
            Path data = Files.createTempDirectory(dir, "training-");
            Path content =
                    Path.of(System.getProperty("lectern.content", "content")).toAbsolutePath();
            run(
                    dir,
                    List.of(
                            java(),
                            "-XX:ArchiveClassesAtExit=" + archive,
                            "-Dspring.context.exit=onRefresh",
                            "-jar",
                            jar.toString(),
                            "--server.port=0",
                            "--management.server.port=0",
                            "--lectern.data-dir=" + data,
                            "--lectern.content-dir=" + content));
            System.out.printf(
                    "Class-data-sharing archive made in %d s%n",
                    Duration.between(started, Instant.now()).toSeconds());
        }
        return Files.exists(archive) ? new Launch(jar, options) : new Launch(packaged, List.of());
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("training.log").toFile()))
                .start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
