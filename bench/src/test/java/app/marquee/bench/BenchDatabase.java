package app.marquee.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A PostgreSQL 17 of the benchmark's own, on a fresh data directory, which Marquee reaches as it
 * would a production server (DATASOURCES_DEFAULT_URL); or the server named by
 * {@code DATASOURCES_DEFAULT_URL} itself, which must then hold an empty catalog.
 */
final class BenchDatabase implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final String url;
    private final String username;
    private final String password;

    private BenchDatabase(EmbeddedPostgres embedded, String url, String username, String password) {
        this.embedded = embedded;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    static BenchDatabase start(Path directory) throws IOException {
        String external = System.getenv("DATASOURCES_DEFAULT_URL");
        if (external != null && !external.isBlank()) {
            return new BenchDatabase(null, external, env("DATASOURCES_DEFAULT_USERNAME"),
                    env("DATASOURCES_DEFAULT_PASSWORD"));
        }
        Path data = directory.resolve("postgres");
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                // Room for a million titles and their indexes in memory, as a production server would have.
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("effective_cache_size", "8GB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("maintenance_work_mem", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("max_connections", "100")
                .start();
        return new BenchDatabase(postgres, postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    String url() {
        return url;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "postgres" : value;
    }
}
