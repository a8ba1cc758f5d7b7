package app.marquee.adapter.persistence.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

/** Reads the settings of the connection a test's transaction runs on. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionSettings extends GenericRepository<TitleRow, UUID> {

    @Query("SELECT current_setting('plan_cache_mode')")
    String planCacheMode();
}
