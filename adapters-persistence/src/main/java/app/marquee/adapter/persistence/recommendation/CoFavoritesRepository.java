package app.marquee.adapter.persistence.recommendation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The kept co-favorites ({@code title_neighbours}, V10) and the statements that recompute them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CoFavoritesRepository extends GenericRepository<FeatureRow, UUID> {

    /** Takes the recompute's lock until the transaction ends, if nobody holds it; false at once otherwise. */
    @Query("SELECT pg_try_advisory_xact_lock(hashtextextended('title-neighbours-refresh', 0))")
    boolean tryLockRefresh();

    /** Titles whose audience moved to another revision since their co-favorites were computed. */
    @Query("""
            SELECT a.title_id, a.revision
              FROM title_audience a LEFT JOIN title_neighbourhoods n ON n.title_id = a.title_id
             WHERE n.title_id IS NULL OR n.revision <> a.revision
             ORDER BY a.title_id LIMIT :titles""")
    List<DueTitleRow> due(int titles);

    @Query("DELETE FROM title_neighbours WHERE title_id = ANY (CAST(:ids AS uuid[]))")
    void forget(String[] ids);

    /** The given titles' strongest co-favorites, see {@link RecommendationSql#RECOMPUTE_NEIGHBOURS}. */
    @Query(RecommendationSql.RECOMPUTE_NEIGHBOURS)
    void recompute(String[] ids, int fansPerTitle, int favoritesPerFan, int kept);

    @Query("""
            INSERT INTO title_neighbourhoods (title_id, revision, computed_at)
            SELECT d.id, d.revision, now()
              FROM unnest(CAST(:ids AS uuid[]), CAST(:revisions AS bigint[])) AS d(id, revision)
            ON CONFLICT (title_id) DO UPDATE SET revision = excluded.revision, computed_at = excluded.computed_at""")
    void markComputed(String[] ids, long[] revisions);
}
