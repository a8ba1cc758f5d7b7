package app.marquee.adapter.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SeasonRepository extends GenericRepository<SeasonRow, UUID> {

    List<SeasonRow> findByTitleIdOrderByNumber(UUID titleId);

    @Query("SELECT * FROM seasons WHERE title_id = ANY(CAST(:titleIds AS uuid[])) ORDER BY title_id, number")
    List<SeasonRow> ofTitles(String[] titleIds);

    Optional<SeasonRow> findByTitleIdAndNumber(UUID titleId, int number);

    /** Inserts the season unless the series already has one with its number: 0 rows then. */
    @Query("""
            INSERT INTO seasons (id, title_id, number, name, version)
            VALUES (:id, :titleId, :number, :name, :version)
            ON CONFLICT (title_id, number) DO NOTHING""")
    int insertUnlessNumberTaken(UUID id, UUID titleId, int number, @Nullable String name, long version);

    /** Renames the season only if nobody changed it since it was read at {@code version}; 0 rows otherwise. */
    @Query("UPDATE seasons SET name = :name, version = version + 1 WHERE id = :id AND version = :version")
    int updateAtVersion(UUID id, long version, @Nullable String name);

    /** Its episodes go with it (ON DELETE CASCADE). */
    /** Episodes go with it (ON DELETE CASCADE); 0 rows when the season moved on since {@code version}. */
    @Query("DELETE FROM seasons WHERE id = :id AND version = :version")
    int deleteAtVersion(UUID id, long version);

    @Query("""
            SELECT id, season_id, number, name, synopsis, runtime_minutes FROM episodes
             WHERE season_id = ANY(CAST(:seasonIds AS uuid[]))
             ORDER BY season_id, number""")
    List<EpisodeRow> episodesOf(String[] seasonIds);

    /** Removes the season's episodes that are not among {@code keptIds}. */
    @Query("""
            DELETE FROM episodes
             WHERE season_id = :seasonId AND id <> ALL (CAST(:keptIds AS uuid[]))""")
    int deleteEpisodesOtherThan(UUID seasonId, String[] keptIds);

    /**
     * Writes the season's episodes, new or changed, in one statement. Numbers are unique per
     * season only at commit (a deferred constraint), so episodes may swap numbers here.
     */
    @Query("""
            INSERT INTO episodes (id, season_id, number, name, synopsis, runtime_minutes)
            SELECT e.id, :seasonId, e.number, e.name, e.synopsis, e.runtime_minutes
              FROM unnest(CAST(:ids AS uuid[]), CAST(:numbers AS integer[]), CAST(:names AS text[]),
                          CAST(:synopses AS text[]), CAST(:runtimes AS integer[]))
                   AS e(id, number, name, synopsis, runtime_minutes)
            ON CONFLICT (id) DO UPDATE
               SET number = EXCLUDED.number, name = EXCLUDED.name, synopsis = EXCLUDED.synopsis,
                   runtime_minutes = EXCLUDED.runtime_minutes
             WHERE episodes.season_id = EXCLUDED.season_id""")
    int upsertEpisodes(UUID seasonId, String[] ids, Integer[] numbers, String[] names, String[] synopses,
                       Integer[] runtimes);
}
