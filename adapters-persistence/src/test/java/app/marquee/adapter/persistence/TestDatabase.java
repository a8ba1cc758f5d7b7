package app.marquee.adapter.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * The PostgreSQL the adapter tests run against: the server {@code DATASOURCES_DEFAULT_URL} names
 * (with {@code DATASOURCES_DEFAULT_USERNAME} and {@code _PASSWORD}), or else an embedded one,
 * started once per test JVM and stopped with it. Every test context migrates it with Flyway.
 */
public final class TestDatabase {
    private static Map<String, String> settings;

    private TestDatabase() {
    }

    /** Micronaut properties pointing the default datasource at the test database. */
    public static synchronized Map<String, String> properties() {
        if (settings == null) {
            settings = start();
        }
        return settings;
    }

    /** A plain connection, outside Micronaut, to watch the database from the side. */
    public static Connection openConnection() throws SQLException {
        Map<String, String> p = properties();
        return DriverManager.getConnection(p.get("datasources.default.url"),
                p.get("datasources.default.username"), p.get("datasources.default.password"));
    }

    /** The first column of the first row of {@code sql}: a count read beside the adapter under test. */
    public static long count(String sql) throws SQLException {
        try (Connection connection = openConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static Map<String, String> start() {
        String url = System.getenv("DATASOURCES_DEFAULT_URL");
        if (url != null && !url.isBlank()) {
            return datasource(url, env("DATASOURCES_DEFAULT_USERNAME"), env("DATASOURCES_DEFAULT_PASSWORD"));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres)));
            return datasource(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    private static Map<String, String> datasource(String url, String username, String password) {
        return Map.of(
                "datasources.default.url", url,
                "datasources.default.username", username,
                "datasources.default.password", password,
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES",
                "flyway.datasources.default.enabled", "true");
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value == null ? "postgres" : value;
    }

    private static void stop(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is going away; nothing more to do
        }
    }
}
