package app.marquee.adapter.persistence.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TitleReferencesRepository extends GenericRepository<TitleRow, UUID> {

    /**
     * Whether a row outside the catalog refers to the title (playlist_items so far). Each later
     * issue that adds a table pointing at titles adds its EXISTS here: favorites, playlist_items, watch_progress (also
     * through episodes), reviews, title_reactions (likes), screenings. Their foreign keys to
     * titles should not cascade, so that a title missed here still cannot be deleted under them.
     */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM titles t WHERE t.id = :id AND (
                       FALSE
                       OR EXISTS (SELECT 1 FROM playlist_items p WHERE p.title_id = t.id)
                   ))""")
    boolean isReferenced(UUID id);
}
