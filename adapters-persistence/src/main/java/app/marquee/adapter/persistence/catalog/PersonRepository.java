package app.marquee.adapter.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PersonRepository extends GenericRepository<PersonRow, UUID> {

    /** The statement of {@link #find}, named so that a test can ask PostgreSQL how it runs it. */
    String FIND = """
            SELECT id, name, version FROM people
             WHERE (CAST(:longest AS text) IS NULL OR name_folded LIKE marquee_fold(:longest))
               AND name_folded LIKE ALL (ARRAY(SELECT marquee_fold(p) FROM unnest(CAST(:patterns AS text[])) AS p))
               AND (CAST(:afterName AS text) IS NULL
                    OR (name_folded, id) > (marquee_fold(:afterName) COLLATE "C", :afterId))
             ORDER BY name_folded, id
             LIMIT :max
            """;

    Optional<PersonRow> findById(UUID id);

    List<PersonRow> findByIdIn(Collection<UUID> ids);

    /** The people, kept from being deleted until the transaction ends. */
    @Query("SELECT * FROM people WHERE id = ANY(CAST(:ids AS uuid[])) FOR KEY SHARE")
    List<PersonRow> findByIdInForKeyShare(String[] ids);

    /** Like {@link GenreRepository#findByIdForUpdate}: waits for whoever is about to credit the person. */
    @Query("SELECT * FROM people WHERE id = :id FOR UPDATE")
    Optional<PersonRow> findByIdForUpdate(UUID id);

    @Query("INSERT INTO people (id, name, version) VALUES (:id, :name, :version)")
    int insert(UUID id, String name, long version);

    @Query("UPDATE people SET name = :name, version = version + 1 WHERE id = :id AND version = :version")
    int updateAtVersion(UUID id, long version, String name);

    /**
     * People whose folded name contains every one of {@code patterns} (LIKE patterns, wildcards of
     * the words escaped, folded here), in folded-name order after the cursor. {@code longest} is
     * the pattern of the longest word, repeated alone so that the planner can take it to the
     * trigram index (LIKE ALL over an array cannot); the others are checked on what it finds.
     */
    @Query(FIND)
    List<PersonRow> find(@Nullable String longest, String[] patterns, @Nullable String afterName,
                         @Nullable UUID afterId, int max);

    /** Like {@link GenreRepository#deleteUnlessUsed}: {@code DELETED}, {@code REFERENCED} or {@code MISSING}. */
    @Query("""
            WITH deleted AS (
                DELETE FROM people
                 WHERE id = :id AND NOT EXISTS (SELECT 1 FROM credits WHERE person_id = :id)
                RETURNING id)
            SELECT CASE WHEN EXISTS (SELECT 1 FROM deleted) THEN 'DELETED'
                        WHEN EXISTS (SELECT 1 FROM people WHERE id = :id) THEN 'REFERENCED'
                        ELSE 'MISSING' END""")
    String deleteUnlessUsed(UUID id);
}
