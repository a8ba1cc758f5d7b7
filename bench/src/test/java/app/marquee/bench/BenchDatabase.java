package app.marquee.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * A PostgreSQL 17 of the benchmark's own, on a fresh data directory, which Marquee reaches as it
 * would a production server (DATASOURCES_DEFAULT_URL); or the server named by
 * {@code DATASOURCES_DEFAULT_URL} itself, which must then hold an empty catalog.
 *
 * <p>Commits are durable, as on a production server: zonky's builder turns {@code synchronous_commit}
 * off unless told otherwise, so it is set back on here, with {@code fsync} and
 * {@code full_page_writes} (PostgreSQL's defaults) said explicitly.
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
        return start(directory, Map.of());
    }

    /** With these server settings besides ({@code shared_preload_libraries}…); ignored for an external server. */
    static BenchDatabase start(Path directory, Map<String, String> settings) throws IOException {
        String external = System.getenv("DATASOURCES_DEFAULT_URL");
        if (external != null && !external.isBlank()) {
            return new BenchDatabase(null, external, env("DATASOURCES_DEFAULT_USERNAME"),
                    env("DATASOURCES_DEFAULT_PASSWORD"));
        }
        Path data = directory.resolve("postgres");
        Files.createDirectories(data);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                // Room for a million titles and their indexes in memory, as a production server would have.
                .setServerConfig("shared_buffers", "1GB")
                .setServerConfig("effective_cache_size", "8GB")
                .setServerConfig("work_mem", "16MB")
                .setServerConfig("maintenance_work_mem", "512MB")
                .setServerConfig("max_wal_size", "4GB")
                .setServerConfig("max_connections", "100")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("full_page_writes", "on");
        settings.forEach(builder::setServerConfig);
        EmbeddedPostgres postgres = builder.start();
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
