package app.marquee.adapter.persistence.library;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WatchProgressRepository extends GenericRepository<WatchProgressRow, UUID> {
    String COLUMNS = "id, account_id, title_id, episode_id, position_seconds, runtime_seconds, finished,"
            + " completed_at, updated_at";

    /** The viewer's entry for a film ({@code episodeId} null) or an episode. */
    @Query("SELECT " + COLUMNS + " FROM watch_progress"
            + " WHERE account_id = :accountId AND title_id = :titleId"
            + " AND (episode_id = :episodeId OR (CAST(:episodeId AS uuid) IS NULL AND episode_id IS NULL))")
    Optional<WatchProgressRow> find(UUID accountId, UUID titleId, @Nullable UUID episodeId);

    /**
     * Inserts the entry, or merges it into the one a concurrent report stored first, in one
     * statement (the row is locked while it merges): the report received last by the server
     * sets the position, an older one only brings an earlier first completion, and the
     * completion time is the earliest either knows (LEAST ignores a null).
     */
    @Query("""
            INSERT INTO watch_progress AS w (id, account_id, title_id, episode_id, position_seconds, runtime_seconds,
                                             finished, completed_at, updated_at)
            VALUES (:id, :accountId, :titleId, :episodeId, :positionSeconds, :runtimeSeconds, :finished,
                    :completedAt, :updatedAt)
            ON CONFLICT ON CONSTRAINT watch_progress_entry_key DO UPDATE SET
                position_seconds = CASE WHEN EXCLUDED.updated_at >= w.updated_at
                                        THEN EXCLUDED.position_seconds ELSE w.position_seconds END,
                runtime_seconds  = CASE WHEN EXCLUDED.updated_at >= w.updated_at
                                        THEN EXCLUDED.runtime_seconds ELSE w.runtime_seconds END,
                finished         = CASE WHEN EXCLUDED.updated_at >= w.updated_at
                                        THEN EXCLUDED.finished ELSE w.finished END,
                updated_at       = GREATEST(w.updated_at, EXCLUDED.updated_at),
                completed_at     = LEAST(w.completed_at, EXCLUDED.completed_at)""")
    int upsert(UUID id, UUID accountId, UUID titleId, @Nullable UUID episodeId, int positionSeconds,
               int runtimeSeconds, boolean finished, @Nullable Instant completedAt, Instant updatedAt);

    @Query("SELECT " + COLUMNS + " FROM watch_progress WHERE account_id = :accountId"
            + " ORDER BY updated_at DESC, id DESC LIMIT :max")
    List<WatchProgressRow> newest(UUID accountId, int max);

    /** The page after the entry last watched at {@code updatedAt} with {@code id}. */
    @Query("SELECT " + COLUMNS + " FROM watch_progress WHERE account_id = :accountId"
            + " AND (updated_at, id) < (:updatedAt, :id) ORDER BY updated_at DESC, id DESC LIMIT :max")
    List<WatchProgressRow> newestAfter(UUID accountId, Instant updatedAt, UUID id, int max);

    /** Every entry of the title, or only the episode's when one is given. */
    @Query("""
            DELETE FROM watch_progress
             WHERE account_id = :accountId AND title_id = :titleId
               AND (CAST(:episodeId AS uuid) IS NULL OR episode_id = :episodeId)""")
    int delete(UUID accountId, UUID titleId, @Nullable UUID episodeId);

    @Query("""
            SELECT e.id, s.title_id, s.number AS season_number, e.number, e.name, e.synopsis, e.runtime_minutes
              FROM episodes e JOIN seasons s ON s.id = e.season_id
             WHERE e.id = ANY(CAST(:ids AS uuid[]))""")
    List<EpisodeInSeriesRow> episodes(String[] ids);

    /** The episode, kept from being deleted (its season's removal waits) until the transaction ends. */
    @Query("""
            SELECT e.id, s.title_id, s.number AS season_number, e.number, e.name, e.synopsis, e.runtime_minutes
              FROM episodes e JOIN seasons s ON s.id = e.season_id
             WHERE e.id = :id
               FOR KEY SHARE OF e""")
    Optional<EpisodeInSeriesRow> episodeForKeyShare(UUID id);
}
