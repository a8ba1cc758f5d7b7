package app.marquee.adapter.persistence.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.UUID;

/** Titles' popularity, recomputed from the library's tables. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PopularityRepository extends GenericRepository<TitleRow, UUID> {

    /**
     * Takes the refresh's lock until the transaction ends, if nobody holds it: false at once when
     * another instance is refreshing, rather than waiting to redo the same work after it.
     */
    @Query("SELECT pg_try_advisory_xact_lock(hashtextextended('titles-popularity-refresh', 0))")
    boolean tryLockRefresh();

    /**
     * Every title's popularity, in one statement: each table's signals summed per title by its
     * weight, each viewer counted once per title (favorites, reactions and reviews are one per
     * viewer by their keys; playlists count their distinct owners, viewings their distinct viewers
     * over a series' episodes), visible reviews only, finished viewings last watched since
     * {@code viewedSince}; never below 0. A title with no signal left gets 0, and only the titles
     * whose value changes are written (so an idle catalog costs reads, not row versions).
     *
     * @return how many titles changed
     */
    @Query("""
            WITH signals AS (
                SELECT title_id, :favorite * count(*) AS points
                  FROM favorites GROUP BY title_id
                UNION ALL
                SELECT title_id, sum(CASE WHEN reaction = 'LIKE' THEN :likeWeight ELSE :dislikeWeight END)
                  FROM title_reactions GROUP BY title_id
                UNION ALL
                SELECT title_id, :visibleReview * count(*)
                  FROM reviews WHERE NOT hidden GROUP BY title_id
                UNION ALL
                SELECT i.title_id, :playlist * count(DISTINCT p.account_id)
                  FROM playlist_items i JOIN playlists p ON p.id = i.playlist_id GROUP BY i.title_id
                UNION ALL
                SELECT title_id, :finishedViewing * count(DISTINCT account_id)
                  FROM watch_progress WHERE completed_at IS NOT NULL AND updated_at >= :viewedSince
                 GROUP BY title_id
            ), totals AS (
                SELECT title_id, CAST(sum(points) AS bigint) AS points FROM signals GROUP BY title_id
            ), scores AS (
                SELECT t.id, greatest(coalesce(totals.points, 0), 0) AS popularity
                  FROM titles t LEFT JOIN totals ON totals.title_id = t.id
            )
            UPDATE titles t SET popularity = scores.popularity
              FROM scores
             WHERE t.id = scores.id AND t.popularity <> scores.popularity""")
    int recompute(int favorite, int likeWeight, int dislikeWeight, int finishedViewing, int visibleReview,
                  int playlist, Instant viewedSince);
}
