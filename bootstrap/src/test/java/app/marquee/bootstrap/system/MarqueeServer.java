package app.marquee.bootstrap.system;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.Map;

/**
 * The whole application, booted once per test JVM and shared by every system test: the real
 * HTTP server on a random port, on an ephemeral embedded PostgreSQL (or the server named by
 * DATASOURCES_DEFAULT_URL), sending e-mail to the in-JVM SMTP server ({@link Mailbox}). Tests talk
 * to it only over HTTP (and read the mail it sent).
 */
final class MarqueeServer {
    static final String ADMIN_EMAIL = "admin@marquee.test";
    static final String ADMIN_PASSWORD = "Correct-Horse-Battery-Staple-42";
    private static EmbeddedServer server;
    private static EmbeddedServer second;

    private MarqueeServer() {
    }

    static synchronized URI uri() {
        if (server == null) {
            ApplicationContext context = ApplicationContext.builder().environments("test")
                    .properties(Map.of("marquee.data-dir", temporaryDataDir(),
                            "marquee.notification.smtp.host", "127.0.0.1",
                            "marquee.notification.smtp.port", Mailbox.port())).start();
            server = context.getBean(EmbeddedServer.class).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.getApplicationContext().close()));
        }
        return server.getURI();
    }

    /** Uploaded pictures land here, not in the working copy's ./data. */
    private static String temporaryDataDir() {
        try {
            return Files.createTempDirectory("marquee-system-test").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A second instance of the application on the same database, as two instances behind a load
     * balancer: its own HTTP server, connection pool and jobs; the same JWT secret (test config).
     */
    static synchronized URI secondUri() {
        if (second == null) {
            DatasourceConfiguration database = context().getBean(DatasourceConfiguration.class, Qualifiers.byName("default"));
            ApplicationContext context = ApplicationContext.builder().environments("test")
                    .properties(Map.of("marquee.data-dir", temporaryDataDir(), "datasources.default.url", database.getUrl(),
                            "datasources.default.username", database.getUsername(),
                            "datasources.default.password", database.getPassword(),
                            "marquee.notification.smtp.host", "127.0.0.1",
                            "marquee.notification.smtp.port", Mailbox.port())).start();
            second = context.getBean(EmbeddedServer.class).start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> second.getApplicationContext().close()));
        }
        return second.getURI();
    }

    static ApplicationContext context() {
        uri();
        return server.getApplicationContext();
    }
}
