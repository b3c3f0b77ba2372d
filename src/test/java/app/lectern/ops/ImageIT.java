package app.lectern.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container image tar that {@code ./mvnw -Pimage verify} builds (target/lectern-image.tar): its config (user,
 * ports, entrypoint with the AOT cache, data volume), its files (runtime, app, modules, health probe, who may write
 * where), and, where the machine allows (root, {@code unshare}), the image's file system started as the image's user
 * with the image's entrypoint, answering HTTP, with the AOT cache in use and the health probe working. Skipped
 * without {@code -Pimage} (no {@code lectern.image.tar} property).
 */
class ImageIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path tar;
    private static JsonNode config;
    private static List<String> layers;
    /** Every file of every layer: path (without leading "/") to its tar entry. */
    private static final Map<String, TarArchiveEntry> FILES = new HashMap<>();

    @BeforeAll
    static void readImage() throws IOException {
        String property = System.getProperty("lectern.image.tar");
        assumeTrue(property != null, "no lectern.image.tar: build the image with ./mvnw -Pimage verify");
        tar = Path.of(property);
        assertThat(tar).as("-Pimage builds the tar in the package phase").exists();
        Map<String, byte[]> top = new HashMap<>();
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".json")) {
                    top.put(e.getName(), in.readAllBytes());
                }
            }
        }
        JsonNode manifest = JSON.readTree(top.get("manifest.json")).get(0);
        assertThat(manifest.get("RepoTags").toString()).contains("lectern:latest");
        config = JSON.readTree(top.get(manifest.get("Config").asString()));
        layers = new ArrayList<>();
        manifest.get("Layers").forEach(l -> layers.add(l.asString()));
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (layers.contains(e.getName())) {
                    readLayer(in);
                }
            }
        }
    }

    private static void readLayer(InputStream layer) throws IOException {
        var gzip = new java.util.zip.GZIPInputStream(layer);
        var in = new TarArchiveInputStream(gzip);
        for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
            FILES.put(
                    e.getName().replaceFirst("^\\./", "").replaceFirst("^/", "").replaceFirst("/$", ""), e);
        }
    }

    @Test
    void runsAsTheNonRootUserWithTheAppPortsAndTheDataVolume() {
        JsonNode c = config.get("config");
        assertThat(c.get("User").asString()).isEqualTo("10001:10001");
        assertThat(names(c.get("ExposedPorts"))).containsExactlyInAnyOrder("8080/tcp", "8081/tcp");
        assertThat(names(c.get("Volumes"))).containsExactly("/data");
        assertThat(c.get("WorkingDir").asString()).isEqualTo("/app");
        assertThat(strings(c.get("Env"))).contains("LECTERN_DATA_DIR=/data", "LECTERN_CONTENT_DIR=/app/content");
        assertThat(c.get("Labels").get("org.opencontainers.image.version").asString())
                .isNotBlank();
    }

    @Test
    void entrypointStartsTheExtractedJarWithTheAotCacheAndContainerAwareMemory() {
        List<String> entrypoint = strings(config.get("config").get("Entrypoint"));
        assertThat(entrypoint.getFirst()).isEqualTo("/opt/java/bin/java");
        assertThat(entrypoint)
                .contains("-XX:AOTCache=/app/lectern.aot", "-XX:MaxRAMPercentage=75", "-Djava.io.tmpdir=/tmp")
                .endsWith("-jar", "lectern.jar");
        assertThat(FILES).containsKeys("app/lectern.aot", "app/lectern.jar");
    }

    @Test
    void holdsTheRuntimeTheAppAndTheModules() {
        TarArchiveEntry java = FILES.get("opt/java/bin/java");
        assertThat(java).as("the jlinked runtime").isNotNull();
        assertThat(java.getMode() & 0111).as("java is executable").isNotZero();
        assertThat(FILES.keySet())
                .as("the dynamic loader and libc the runtime links against")
                .anyMatch(p -> p.endsWith("ld-linux-x86-64.so.2"))
                .anyMatch(p -> p.matches(".*/libc\\.so\\.6"))
                .anyMatch(p -> p.startsWith("app/lib/spring-core-"))
                .anyMatch(p -> p.startsWith("app/content/") && p.endsWith("/module.yaml"))
                .contains("etc/passwd", "opt/java/lib/security/cacerts")
                .noneMatch(p -> p.startsWith("jib-app"));
        assertThat(FILES.keySet()).as("no compiler or tools in the runtime").doesNotContain("opt/java/bin/javac");
    }

    @Test
    void theUserMayWriteOnlyTheDataVolumeAndTmp() {
        for (String dir : List.of("data", "tmp")) {
            assertThat(FILES.get(dir).getMode() & 0002).as(dir + " writable").isNotZero();
        }
        FILES.forEach((path, e) -> {
            if (!path.equals("data") && !path.equals("tmp")) {
                boolean writableByUser = (e.getMode() & 0002) != 0 || e.getLongUserId() == 10001;
                assertThat(writableByUser && !e.isSymbolicLink())
                        .as(path + " is not writable by the app's user")
                        .isFalse();
            }
        });
    }

    /**
     * Unpacks the layers and starts the entrypoint in them (unshare --root, as uid 10001): the image's own runtime,
     * libraries and user, nothing from this machine. -XX:AOTMode=on makes the JVM refuse to start when the cache
     * does not fit this runtime and class path.
     */
    @Test
    void startsFromItsOwnFileSystemAsItsUserWithTheAotCache(@TempDir Path dir) throws Exception {
        assumeTrue(canUnshareRoot(), "needs root and unshare --root to run the image's file system");
        Path root = Files.createDirectories(dir.resolve("root"));
        unpack(root);
        // a container runtime provides these two
        Files.createDirectories(root.resolve("proc"));
        Files.createDirectories(root.resolve("dev"));
        int port = freePort();
        int management = freePort();
        List<String> entrypoint = strings(config.get("config").get("Entrypoint"));
        List<String> java = new ArrayList<>();
        java.add(entrypoint.getFirst());
        java.add("-XX:AOTMode=on");
        java.addAll(entrypoint.subList(1, entrypoint.size()));
        java.addAll(List.of("--server.port=" + port, "--management.server.port=" + management));
        Path log = dir.resolve("app.log");
        Instant started = Instant.now();
        Process app = inImage(root, java)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            int status = -1;
            while (Duration.between(started, Instant.now()).toSeconds() < 120 && app.isAlive()) {
                status = HealthProbe.status("http://127.0.0.1:" + port + "/");
                if (status == 200) {
                    break;
                }
                Thread.sleep(250);
            }
            assertThat(status)
                    .as("the app answers from the image's file system:\n" + Files.readString(log))
                    .isEqualTo(200);
            // "/" answers before Spring has logged "Started" and finished its start-up work; readiness follows both
            String liveness = "http://127.0.0.1:" + management + "/actuator/health/liveness";
            String readiness = "http://127.0.0.1:" + management + "/actuator/health/readiness";
            Instant ready = Instant.now().plusSeconds(120);
            while (HealthProbe.status(readiness) != 200 && Instant.now().isBefore(ready)) {
                Thread.sleep(250);
            }
            String output = Files.readString(log);
            assertThat(output)
                    .doesNotContainIgnoringCase("Unable to use AOT cache")
                    .doesNotContain("[error]");
            Matcher startedIn =
                    Pattern.compile("Started \\w+ in ([0-9.]+) seconds").matcher(output);
            assertThat(startedIn.find())
                    .as("Spring's start-up line in:\n" + output)
                    .isTrue();
            System.out.println("ImageIT: started from the image's file system in " + startedIn.group(1) + " s");
            assertThat(Files.exists(root.resolve("data/lectern.mv.db")) || hasAnyFile(root.resolve("data")))
                    .as("the database is written to the data volume")
                    .isTrue();

            // the health probe, run with the image's java from its own jar, as compose's health check runs it: the
            // management port's liveness and readiness groups (readiness follows once start-up work is done); the
            // main port does not show them; a port nobody listens on is unhealthy
            assertThat(probe(root, liveness)).isZero();
            assertThat(probe(root, readiness)).isZero();
            assertThat(HealthProbe.status("http://127.0.0.1:" + port + "/actuator/health/liveness"))
                    .isEqualTo(404);
            assertThat(probe(root, "http://127.0.0.1:" + freePort() + "/")).isEqualTo(1);
        } finally {
            // unshare --fork ignores SIGTERM; the app (PID 1 of its namespace) gets it, and unshare then exits
            app.descendants().forEach(ProcessHandle::destroy);
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.descendants().forEach(ProcessHandle::destroyForcibly);
                app.destroyForcibly();
            }
        }
    }

    private static int probe(Path root, String url) throws Exception {
        Process probe = inImage(
                        root,
                        List.of("/opt/java/bin/java", "-cp", "/app/lectern.jar", HealthProbe.class.getName(), url))
                .inheritIO()
                .start();
        assertThat(probe.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return probe.exitValue();
    }

    /**
     * The command run as a container runtime would: in the image's root, as its user, in its working directory, with
     * its environment only, /proc and /dev mounted (the loader finds the runtime's libraries through /proc/self/exe),
     * in its own PID namespace so that nothing outlives the test.
     */
    private static ProcessBuilder inImage(Path root, List<String> command) {
        List<String> all = new ArrayList<>(List.of(
                "unshare",
                "--mount",
                "--pid",
                "--fork",
                "--kill-child",
                "sh",
                "-c",
                "mount -t proc proc \"$0/proc\" && mount --rbind /dev \"$0/dev\""
                        + " && exec unshare --root=\"$0\" --wd=/app --setgid=10001 --setuid=10001 \"$@\"",
                root.toString()));
        all.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(all);
        builder.environment().clear();
        for (String env : strings(config.get("config").get("Env"))) {
            int eq = env.indexOf('=');
            builder.environment().put(env.substring(0, eq), env.substring(eq + 1));
        }
        // for unshare, sh and mount on this machine; the image's java ignores PATH
        builder.environment().put("PATH", "/usr/sbin:/usr/bin:/sbin:/bin");
        return builder;
    }

    private static boolean hasAnyFile(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.findAny().isPresent();
        }
    }

    private static void unpack(Path root) throws Exception {
        // the system tar keeps modes, owners and links exactly as the layers say
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (layers.contains(e.getName())) {
                    Process untar = new ProcessBuilder(
                                    "tar", "--warning=no-unknown-keyword", "-xzpf", "-", "-C", root.toString())
                            .redirectErrorStream(true)
                            .start();
                    try (var out = untar.getOutputStream()) {
                        in.transferTo(out);
                    }
                    String output = new String(untar.getInputStream().readAllBytes());
                    assertThat(untar.waitFor()).as(output).isZero();
                }
            }
        }
    }

    /** What {@link #inImage} needs: root (or the capabilities) for new mount and PID namespaces and a new root. */
    private static boolean canUnshareRoot() {
        try {
            Path proc = Files.createTempDirectory("lectern-image-proc");
            try {
                Process p = new ProcessBuilder(
                                "unshare",
                                "--mount",
                                "--pid",
                                "--fork",
                                "--kill-child",
                                "sh",
                                "-c",
                                "mount -t proc proc \"$0\" && exec unshare --root=/ true",
                                proc.toString())
                        .redirectErrorStream(true)
                        .start();
                p.getInputStream().readAllBytes();
                return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
            } finally {
                Files.deleteIfExists(proc);
            }
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
