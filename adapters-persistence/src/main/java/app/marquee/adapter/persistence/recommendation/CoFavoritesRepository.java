package app.marquee.adapter.persistence.recommendation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The kept co-favorites ({@code title_co_favorites}, V10) and the statements that recompute them. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CoFavoritesRepository extends GenericRepository<FeatureRow, UUID> {

    /** Takes the recompute's lock until the transaction ends, if nobody holds it; false at once otherwise. */
    @Query("SELECT pg_try_advisory_xact_lock(hashtextextended('title-co-favorites-refresh', 0))")
    boolean tryLockRefresh();

    /**
     * Titles whose audience moved to another revision since their co-favorites were computed (or
     * that a fan's change marked), those never computed first, then the longest waiting.
     */
    @Query("""
            SELECT a.title_id, a.revision
              FROM title_audience a LEFT JOIN title_co_favorites_computed n ON n.title_id = a.title_id
             WHERE n.title_id IS NULL OR n.revision <> a.revision
             ORDER BY n.computed_at NULLS FIRST, a.title_id LIMIT :titles""")
    List<DueTitleRow> due(int titles);

    /**
     * Takes the accounts whose favorites changed and marks every title they favorite as due: a
     * title's co-favorites are what its fans favorite, so they move when a fan's favorites do.
     *
     * @return how many titles were marked
     */
    @Query("""
            WITH fans AS (DELETE FROM co_favorites_changed_fans RETURNING account_id),
            marked AS (
                UPDATE title_co_favorites_computed c SET revision = -1
                  FROM (SELECT DISTINCT f.title_id FROM favorites f JOIN fans ON fans.account_id = f.account_id) AS t
                 WHERE c.title_id = t.title_id
                RETURNING c.title_id)
            SELECT count(*) FROM marked""")
    long markChangedFansTitlesDue();

    @Query("DELETE FROM title_co_favorites WHERE title_id = ANY (CAST(:ids AS uuid[]))")
    void forget(String[] ids);

    /** The given titles' strongest co-favorites, see {@link RecommendationSql#RECOMPUTE_CO_FAVORITES}. */
    @Query(RecommendationSql.RECOMPUTE_CO_FAVORITES)
    void recompute(String[] ids, int fansPerTitle, int favoritesPerFan, int kept);

    @Query("""
            INSERT INTO title_co_favorites_computed (title_id, revision, computed_at)
            SELECT d.id, d.revision, now()
              FROM unnest(CAST(:ids AS uuid[]), CAST(:revisions AS bigint[])) AS d(id, revision)
            ON CONFLICT (title_id) DO UPDATE SET revision = excluded.revision, computed_at = excluded.computed_at""")
    void markComputed(String[] ids, long[] revisions);
}
