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
    private EmbeddedPostgres postgres;

    public EmbeddedDatabase(@Value("${marquee.data-dir:./data}") String dataDir,
                            @Value("${marquee.embedded-postgres.ephemeral:false}") boolean ephemeral) {
        this.dataDirectory = Path.of(dataDir).toAbsolutePath().normalize().resolve("postgres");
        this.ephemeral = ephemeral;
    }

    synchronized String start() {
        if (postgres != null) {
            return postgres.getJdbcUrl("postgres", "postgres");
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "100");
            if (ephemeral) {
                builder.setCleanDataDirectory(true);
            } else {
                Files.createDirectories(dataDirectory);
                StalePostmaster.reap(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            postgres = builder.start();
            LOG.info("Embedded PostgreSQL listening on port {} ({})", postgres.getPort(),
                    ephemeral ? "ephemeral" : "data in " + dataDirectory);
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    @PreDestroy
    synchronized void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }
}
