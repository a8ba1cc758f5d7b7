package app.marquee.bootstrap.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;

/**
 * Points the default data source at the embedded PostgreSQL when no URL is configured. It runs
 * as the data source's configuration is initialised, before the pool exists, so Flyway and
 * Micronaut Data see an ordinary data source. With a URL set, nothing is started.
 */
@Singleton
public class EmbeddedDatabaseWiring implements BeanInitializedEventListener<DatasourceConfiguration> {
    private final Provider<EmbeddedDatabase> embedded;

    public EmbeddedDatabaseWiring(Provider<EmbeddedDatabase> embedded) {
        this.embedded = embedded;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        if (configuration.getConfiguredUrl() == null || configuration.getConfiguredUrl().isBlank()) {
            configuration.setUrl(embedded.get().start());
            configuration.setUsername("postgres");
            configuration.setPassword("postgres");
        }
        return configuration;
    }
}
