package app.lectern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.lectern.account.AccountService;
import app.lectern.account.UserRef;
import app.lectern.question.single.SingleAnswer;
import app.lectern.study.StudyService;
import app.lectern.testsupport.LecternSpringTest;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backup and restore procedures of {@code docs/operations.md} work: data written through the services is in a
 * backup taken while the application runs, and a fresh database restored from it holds it. On H2: {@code SCRIPT TO}
 * restored with {@code RUNSCRIPT FROM}, and {@code BACKUP TO} unzipped and opened. On PostgreSQL ({@link
 * BackupRestorePostgresTest}): {@code pg_dump -Fc} restored with {@code pg_restore} (skipped when the client tools
 * are not installed).
 */
@LecternSpringTest
class BackupRestoreTest {

    private static final String MODULE = "china-russia-ukraine";

    @TempDir
    Path backups;

    @Autowired
    StudyService study;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Autowired
    DataSource dataSource;

    private final UUID learner = UUID.randomUUID();
    private UserRef student;

    @BeforeEach
    void someData() {
        study.submit(learner, MODULE, "who-says-150", new SingleAnswer("c"));
        student = accounts.createStudent("Backup Béatrice", "backup-password");
    }

    boolean postgres() {
        return List.of(environment.getActiveProfiles()).contains("postgres");
    }

    @Test
    void anH2ScriptTakenWhileRunningRestoresIntoAFreshDatabase() throws Exception {
        assumeTrue(!postgres(), "H2 only");
        Path script = backups.resolve("lectern-backup.sql");
        new JdbcTemplate(dataSource).execute("SCRIPT TO '" + script + "'");

        String restored = "jdbc:h2:file:" + backups.resolve("restored");
        try (Connection c = DriverManager.getConnection(restored, "sa", "");
                Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM '" + script + "'");
            assertRestored(c, "");
        }
    }

    @Test
    void anH2BackupTakenWhileRunningOpensAsTheDatabase() throws Exception {
        assumeTrue(!postgres(), "H2 only");
        Path zip = backups.resolve("lectern-backup.zip");
        new JdbcTemplate(dataSource).execute("BACKUP TO '" + zip + "'");

        Path restoredDir = Files.createDirectories(backups.resolve("restored"));
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.copy(
                        in,
                        restoredDir.resolve(Path.of(e.getName()).getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(restoredDir.resolve("lectern.mv.db")).exists();
        try (Connection c = DriverManager.getConnection(
                "jdbc:h2:file:" + restoredDir.resolve("lectern") + ";IFEXISTS=TRUE", "sa", "")) {
            assertRestored(c, "");
        }
    }

    @Test
    void aPgDumpTakenWhileRunningRestoresIntoAnEmptySchema() throws Exception {
        assumeTrue(postgres(), "PostgreSQL only");
        assumeTrue(onPath("pg_dump") && onPath("pg_restore"), "pg_dump/pg_restore are not installed");
        String url = environment.getRequiredProperty("spring.datasource.url");
        String user = environment.getRequiredProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password", "");
        String schema = environment.getRequiredProperty("lectern.test.postgres-schema");
        // jdbc:postgresql://host:port/db?currentSchema=... -> host, port, db
        String rest = url.substring("jdbc:postgresql://".length()).replaceAll("\\?.*", "");
        String hostPort = rest.substring(0, rest.indexOf('/'));
        String database = rest.substring(rest.indexOf('/') + 1);
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        String port = hostPort.contains(":") ? hostPort.substring(hostPort.indexOf(':') + 1) : "5432";
        Path dump = backups.resolve("lectern.dump");
        run(
                password,
                List.of(
                        "pg_dump",
                        "-Fc",
                        "-h",
                        host,
                        "-p",
                        port,
                        "-U",
                        user,
                        "-n",
                        schema,
                        "-f",
                        dump.toString(),
                        database));

        // restore as another schema: rename the live one out of the way, restore, compare, put it back
        String aside = schema + "_live";
        String plainUrl = "jdbc:postgresql://" + hostPort + "/" + database;
        try (Connection c = DriverManager.getConnection(plainUrl, user, password);
                Statement s = c.createStatement()) {
            s.execute("alter schema " + schema + " rename to " + aside);
            try {
                run(
                        password,
                        List.of("pg_restore", "-h", host, "-p", port, "-U", user, "-d", database, dump.toString()));
                assertRestored(c, schema + ".");
            } finally {
                s.execute("drop schema if exists " + schema + " cascade");
                s.execute("alter schema " + aside + " rename to " + schema);
            }
        }
    }

    private void assertRestored(Connection c, String prefix) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select question_id, answer_json from " + prefix + "study_response where learner_id = ?")) {
            s.setObject(1, learner);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next())
                        .as("the learner's answer is in the restored database")
                        .isTrue();
                assertThat(rs.getString(1)).isEqualTo("who-says-150");
                assertThat(rs.getString(2)).contains("c");
            }
        }
        try (PreparedStatement s = c.prepareStatement("select display_name from " + prefix + "app_user where id = ?")) {
            s.setLong(1, student.id());
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Backup Béatrice");
            }
        }
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select max(\"version\") from " + prefix + "\"flyway_schema_history\"")) {
            rs.next();
            List<Map<String, Object>> live = jdbc.sql("select max(\"version\") as v from \"flyway_schema_history\"")
                    .query()
                    .listOfRows();
            assertThat(rs.getString(1))
                    .as("the schema version comes along")
                    .isEqualTo(String.valueOf(live.getFirst().get("v")));
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static void run(String password, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process p = builder.start();
        String output;
        try (InputStream in = p.getInputStream()) {
            output = new String(in.readAllBytes());
        }
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(command.getFirst() + ": " + output).isZero();
    }
}
