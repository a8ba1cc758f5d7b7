package app.marquee.bootstrap;

import app.marquee.bootstrap.database.EmbeddedDatabase;
import io.micronaut.runtime.Micronaut;

/** Starts Marquee: the HTTP API on {@code PORT}, on the embedded PostgreSQL unless a database URL is set. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        if (isBlank(System.getenv("DATASOURCES_DEFAULT_URL")) && isBlank(System.getProperty("datasources.default.url"))) {
            String dataDir = System.getenv("MARQUEE_DATA_DIR");
            EmbeddedDatabase.startEarly(isBlank(dataDir) ? "./data" : dataDir);
        }
        Micronaut.run(Application.class, args);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
