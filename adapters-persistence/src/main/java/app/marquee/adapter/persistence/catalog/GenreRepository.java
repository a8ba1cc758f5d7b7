package app.marquee.adapter.persistence.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface GenreRepository extends GenericRepository<GenreRow, UUID> {

    @Query("SELECT * FROM genres ORDER BY slug")
    List<GenreRow> all();

    Optional<GenreRow> findById(UUID id);

    List<GenreRow> findByIdIn(Collection<UUID> ids);

    Optional<GenreRow> findBySlug(String slug);

    /** The genres, kept from being deleted until the transaction ends. */
    @Query("SELECT * FROM genres WHERE id = ANY(CAST(:ids AS uuid[])) FOR KEY SHARE")
    List<GenreRow> findByIdInForKeyShare(String[] ids);

    /**
     * Takes the genre's row lock, waiting for every open transaction that is about to name it; the
     * delete that follows, a new statement, then sees their titles.
     */
    @Query("SELECT * FROM genres WHERE id = :id FOR UPDATE")
    Optional<GenreRow> findByIdForUpdate(UUID id);

    /** Inserts the genre unless its slug is taken: 0 rows then, and the transaction stays usable. */
    @Query("""
            INSERT INTO genres (id, slug, name_en, name_fr, version)
            VALUES (:id, :slug, :nameEn, :nameFr, :version)
            ON CONFLICT (slug) DO NOTHING""")
    int insertUnlessSlugTaken(UUID id, String slug, String nameEn, String nameFr, long version);

    /** Renames the genre only if nobody changed it since it was read at {@code version}; 0 rows otherwise. */
    @Query("""
            UPDATE genres SET name_en = :nameEn, name_fr = :nameFr, version = version + 1
             WHERE id = :id AND version = :version""")
    int updateAtVersion(UUID id, long version, String nameEn, String nameFr);

    /**
     * Deletes the genre unless a title uses it, in one statement, and says what happened:
     * {@code DELETED}, {@code REFERENCED} or {@code MISSING}. (The outer query reads the table as
     * it was before the delete, so a genre just deleted is told apart by the CTE's row.)
     */
    @Query("""
            WITH deleted AS (
                DELETE FROM genres
                 WHERE id = :id AND NOT EXISTS (SELECT 1 FROM title_genres WHERE genre_id = :id)
                RETURNING id)
            SELECT CASE WHEN EXISTS (SELECT 1 FROM deleted) THEN 'DELETED'
                        WHEN EXISTS (SELECT 1 FROM genres WHERE id = :id) THEN 'REFERENCED'
                        ELSE 'MISSING' END""")
    String deleteUnlessUsed(UUID id);
}
