package app.marquee.adapter.persistence.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface TitleReferencesRepository extends GenericRepository<TitleRow, UUID> {

    /**
     * Whether a row outside the catalog refers to the title. Each issue that adds a table
     * pointing at titles adds its EXISTS here: favorites, title_reactions (likes), reviews,
     * playlist_items, watch_progress (whose rows name the series of an episode too), and shows
     * (screenings). Their foreign keys to titles do not cascade, so that a title missed here still
     * cannot be deleted under them.
     */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM titles t WHERE t.id = :id AND (
                       EXISTS (SELECT 1 FROM favorites f WHERE f.title_id = t.id)
                       OR EXISTS (SELECT 1 FROM title_reactions r WHERE r.title_id = t.id)
                       OR EXISTS (SELECT 1 FROM reviews v WHERE v.title_id = t.id)
                       OR EXISTS (SELECT 1 FROM watch_progress w WHERE w.title_id = t.id)
                       OR EXISTS (SELECT 1 FROM playlist_items p WHERE p.title_id = t.id)
                       OR EXISTS (SELECT 1 FROM shows s WHERE s.title_id = t.id)
                   ))""")
    boolean isReferenced(UUID id);
}
