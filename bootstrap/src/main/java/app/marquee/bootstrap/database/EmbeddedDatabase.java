package app.marquee.bootstrap.database;

import io.micronaut.context.annotation.Value;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The PostgreSQL server Marquee starts for itself when no {@code DATASOURCES_DEFAULT_URL} is
 * given: zonky's embedded binaries, data kept under {@code <MARQUEE_DATA_DIR>/postgres} across
 * restarts, stopped with the application. Tests ask for an ephemeral one instead.
 */
@Singleton
public class EmbeddedDatabase {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private final Path dataDirectory;
    private final boolean ephemeral;
    /** A start begun by {@link #startEarly} before the application context exists, if any. */
    private static EarlyStart early;
    private EmbeddedPostgres postgres;

    public EmbeddedDatabase(@Value("${marquee.data-dir:./data}") String dataDir,
                            @Value("${marquee.embedded-postgres.ephemeral:false}") boolean ephemeral) {
        this.dataDirectory = directoryUnder(dataDir);
        this.ephemeral = ephemeral;
    }

    /**
     * Starts PostgreSQL on a background thread while Micronaut builds its context, which saves
     * about a second of start-up. The bean takes this server over if it is for its directory.
     */
    public static synchronized void startEarly(String dataDir) {
        Path directory = directoryUnder(dataDir);
        early = new EarlyStart(directory, CompletableFuture.supplyAsync(() -> launch(directory, false)));
    }

    synchronized String start() {
        if (postgres == null) {
            postgres = takeEarlyStart().orElseGet(() -> launch(dataDirectory, ephemeral));
        }
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private Optional<EmbeddedPostgres> takeEarlyStart() {
        EarlyStart started;
        synchronized (EmbeddedDatabase.class) {
            started = early;
            early = null;
        }
        if (started == null) {
            return Optional.empty();
        }
        EmbeddedPostgres server = started.server().join();
        if (ephemeral || !started.directory().equals(dataDirectory)) {
            close(server);
            return Optional.empty();
        }
        return Optional.of(server);
    }

    private static EmbeddedPostgres launch(Path dataDirectory, boolean ephemeral) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100");
            if (ephemeral) {
                builder.setCleanDataDirectory(true);
            } else {
                // zonky's defaults trade durability for speed (synchronous_commit and fsync off): fine
                // for a throw-away test database, not for one that keeps paid orders across a crash.
                builder.setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on")
                        .setServerConfig("full_page_writes", "on");
                Files.createDirectories(dataDirectory);
                StalePostmaster.reap(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres server = builder.start();
            LOG.info("Embedded PostgreSQL listening on port {} ({})", server.getPort(),
                    ephemeral ? "ephemeral" : "data in " + dataDirectory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static Path directoryUnder(String dataDir) {
        return Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            LOG.warn("Could not stop an unused embedded PostgreSQL", e);
        }
    }

    private record EarlyStart(Path directory, CompletableFuture<EmbeddedPostgres> server) {
    }

    @PreDestroy
    synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
