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

/** Favorites, with scalar parameters and plain SQL (see the identity repositories). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface FavoriteRepository extends GenericRepository<ReviewRow, UUID> {

    /** 1 when stored, 0 when the viewer has the title already (waiting for a concurrent add to settle). */
    @Query("""
            INSERT INTO favorites (account_id, title_id, added_at) VALUES (:accountId, :titleId, :addedAt)
            ON CONFLICT (account_id, title_id) DO NOTHING""")
    int insertUnlessThere(UUID accountId, UUID titleId, Instant addedAt);

    @Query("SELECT account_id, title_id, added_at FROM favorites WHERE account_id = :accountId AND title_id = :titleId")
    Optional<FavoriteRow> find(UUID accountId, UUID titleId);

    @Query("DELETE FROM favorites WHERE account_id = :accountId AND title_id = :titleId")
    int remove(UUID accountId, UUID titleId);

    /** Newest first after the cursor, along favorites_account_added_idx. */
    @Query("""
            SELECT account_id, title_id, added_at FROM favorites
             WHERE account_id = :accountId
               AND (CAST(:afterAt AS timestamptz) IS NULL OR (added_at, title_id) < (:afterAt, :afterId))
             ORDER BY added_at DESC, title_id DESC
             LIMIT :max""")
    List<FavoriteRow> newestFirst(UUID accountId, @Nullable Instant afterAt, @Nullable UUID afterId, int max);
}
