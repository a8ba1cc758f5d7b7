package app.marquee.bootstrap.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded default keeps its data across restarts and recovers from a killed JVM. */
class EmbeddedDatabaseTest {

    @Test
    void dataSurvivesARestart(@TempDir Path dataDir) throws Exception {
        EmbeddedDatabase first = new EmbeddedDatabase(dataDir.toString(), false);
        execute(first.start(), "CREATE TABLE marquee_probe (name text); INSERT INTO marquee_probe VALUES ('kept')");
        first.stop();

        EmbeddedDatabase second = new EmbeddedDatabase(dataDir.toString(), false);
        try {
            String restarted = second.start();
            assertThat(queryOne(restarted, "SELECT name FROM marquee_probe")).isEqualTo("kept");
            assertThat(queryOne(restarted, "SELECT current_setting('synchronous_commit') || ' '"
                    + " || current_setting('fsync') || ' ' || current_setting('full_page_writes')"))
                    .as("a commit is on disk before it is acknowledged").isEqualTo("on on on");
            assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        } finally {
            second.stop();
        }
    }

    @Test
    void aSecondInstanceOnTheSameDirectoryIsRefused(@TempDir Path dataDir) throws Exception {
        EmbeddedDatabase running = new EmbeddedDatabase(dataDir.toString(), false);
        running.start();
        try {
            assertThatThrownBy(() -> new EmbeddedDatabase(dataDir.toString(), false).start())
                    .hasMessageContaining("another Marquee is using");
        } finally {
            running.stop();
        }
    }

    @Test
    void theOrphanOfAKilledJvmIsReapedOnTheNextStart(@TempDir Path dataDir) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("READY"));
            assertThat(line).as("the child JVM started PostgreSQL").isNotNull();
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(0).strip());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);

        EmbeddedDatabase next = new EmbeddedDatabase(dataDir.toString(), false);
        try {
            assertThat(queryOne(next.start(), "SELECT name FROM marquee_probe")).isEqualTo("before the crash");
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        } finally {
            next.stop();
        }
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    static String queryOne(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
