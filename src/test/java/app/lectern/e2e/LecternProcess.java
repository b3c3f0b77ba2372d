package app.lectern.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The packaged {@code lectern.jar} running as a separate process, as a user would start it. */
final class LecternProcess implements AutoCloseable {

    /** How long the app may take to answer; a shared 2-core machine under load needs well over a minute. */
    private static final long START_SECONDS = Long.getLong("lectern.start-seconds", 240);

    private final Path dataDir;
    private final List<String> extraArgs;
    private final Map<String, String> environment;
    private final int port;
    private final int managementPort;
    private final Path log;
    private Process process;
    private Path jarOverride;
    private List<String> jvmOptions = List.of();

    LecternProcess(Path dataDir) throws IOException {
        this(dataDir, List.of(), Map.of());
    }

    /** A process with extra command-line arguments and environment variables (e.g. the PostgreSQL profile). */
    LecternProcess(Path dataDir, List<String> extraArgs, Map<String, String> environment) throws IOException {
        this.dataDir = dataDir;
        this.extraArgs = List.copyOf(extraArgs);
        this.environment = Map.copyOf(environment);
        // both free at once: two sockets open together cannot get the same port
        try (ServerSocket socket = new ServerSocket(0);
                ServerSocket management = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
            this.managementPort = management.getLocalPort();
        }
        this.log = dataDir.resolve("lectern.log");
    }

    /**
     * Runs another launcher of the same application (e.g. the extracted jar of {@link ClassDataCache}) with JVM
     * options; call before {@link #start()}.
     */
    LecternProcess withJvm(Path jar, List<String> options) {
        this.jarOverride = jar;
        this.jvmOptions = List.copyOf(options);
        return this;
    }

    /**
     * Starts the jar and waits until it answers HTTP 200 and its readiness probe says UP; unless {@link #withJvm} chose a launcher, through the
     * class-data-sharing archive of {@link ClassDataCache}, which makes every start of the same jar faster.
     */
    LecternProcess start() throws Exception {
        if (jarOverride == null) {
            ClassDataCache.Launch launch = ClassDataCache.launch();
            withJvm(launch.jar(), launch.jvmOptions());
        }
        Path jar = jarOverride;
        Path content = Path.of(System.getProperty("lectern.content", "content"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        command.add("--server.port=" + port);
        // never the default 8081: a developer's running app, or the previous test's process, may still hold it
        command.add("--management.server.port=" + managementPort);
        command.add("--lectern.data-dir=" + dataDir.toAbsolutePath());
        // a test that brings its own content folder passes it in extraArgs; Spring would join two values with a comma
        if (extraArgs.stream().noneMatch(a -> a.startsWith("--lectern.content-dir="))) {
            command.add("--lectern.content-dir=" + content.toAbsolutePath());
        }
        command.addAll(extraArgs);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        process = builder.redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(START_SECONDS));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("lectern exited: " + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = http.send(
                        HttpRequest.newBuilder(URI.create(url("/"))).build(), HttpResponse.BodyHandlers.discarding());
                // and ready: "/" answers before the start-up work (demo data, ...) is done, readiness only after it
                if (r.statusCode() == 200 && ready(http)) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        // the caller never gets this object to close: do not leave the process running
        process.destroyForcibly();
        process.waitFor();
        throw new IllegalStateException("lectern did not start in " + START_SECONDS + " s: " + Files.readString(log));
    }

    private boolean ready(HttpClient http) throws IOException, InterruptedException {
        return http.send(
                                HttpRequest.newBuilder(URI.create(managementUrl("/actuator/health/readiness")))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode()
                == 200;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The address of {@code path} on the management port (health, Prometheus). */
    String managementUrl(String path) {
        return "http://localhost:" + managementPort + path;
    }

    /** The management port this process was given. */
    int managementPort() {
        return managementPort;
    }

    /** Stops the process like an operator would (SIGTERM), waiting for it to end. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    /**
     * Kills the process with SIGKILL ({@link Process#destroyForcibly()} on Unix), as a power cut or {@code kill -9}
     * would: no shutdown hook, no connection pool or database closed.
     *
     * @return the exit status, 137 (128 + SIGKILL) when the signal ended the process
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
