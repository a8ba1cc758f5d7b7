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

/**
 * Reviews, with scalar parameters and plain SQL. Writes never fail on a rule: a second review is
 * {@code ON CONFLICT DO NOTHING} (0 rows), a stale version a conditional UPDATE or DELETE (0 rows).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReviewRepository extends GenericRepository<ReviewRow, UUID> {
    String COLUMNS = """
            r.id, r.title_id, r.account_id, r.rating, r.comment, r.created_at, r.updated_at, r.hidden,
            r.moderated_by, r.moderated_at, r.moderation_reason, r.version""";

    /** The statement of {@link #ratingsOf}, named so that a test can ask PostgreSQL how it runs it. */
    String RATINGS = """
            SELECT v.review_count, v.stars_total, l.like_count, l.dislike_count
              FROM (SELECT count(*) AS review_count, coalesce(sum(rating), 0) AS stars_total
                      FROM reviews WHERE title_id = :titleId AND NOT hidden) AS v,
                   (SELECT count(*) FILTER (WHERE reaction = 'LIKE') AS like_count,
                           count(*) FILTER (WHERE reaction = 'DISLIKE') AS dislike_count
                      FROM title_reactions WHERE title_id = :titleId) AS l""";

    @Query("""
            INSERT INTO reviews (id, title_id, account_id, rating, comment, created_at, updated_at, hidden,
                                 moderated_by, moderated_at, moderation_reason, version)
            VALUES (:id, :titleId, :accountId, :rating, :comment, :createdAt, :updatedAt, :hidden,
                    :moderatedBy, :moderatedAt, :moderationReason, :version)
            ON CONFLICT (account_id, title_id) DO NOTHING""")
    int insertUnlessReviewed(UUID id, UUID titleId, UUID accountId, int rating, @Nullable String comment,
                             Instant createdAt, Instant updatedAt, boolean hidden, @Nullable UUID moderatedBy,
                             @Nullable Instant moderatedAt, @Nullable String moderationReason, long version);

    @Query("SELECT " + COLUMNS + " FROM reviews r WHERE r.id = :id")
    Optional<ReviewRow> byId(UUID id);

    @Query("SELECT " + COLUMNS + " FROM reviews r WHERE r.account_id = :accountId AND r.title_id = :titleId")
    Optional<ReviewRow> byAuthorAndTitle(UUID accountId, UUID titleId);

    @Query("""
            UPDATE reviews
               SET rating = :rating, comment = :comment, updated_at = :updatedAt, hidden = :hidden,
                   moderated_by = :moderatedBy, moderated_at = :moderatedAt,
                   moderation_reason = :moderationReason, version = version + 1
             WHERE id = :id AND version = :version""")
    int updateAtVersion(UUID id, long version, int rating, @Nullable String comment, Instant updatedAt,
                        boolean hidden, @Nullable UUID moderatedBy, @Nullable Instant moderatedAt,
                        @Nullable String moderationReason);

    @Query("DELETE FROM reviews WHERE id = :id AND version = :version")
    int deleteAtVersion(UUID id, long version);

    /** Newest first after the cursor along reviews_title_created_idx, with the author's display name only. */
    @Query("SELECT " + COLUMNS + """
            , a.display_name AS author_name
              FROM reviews r JOIN accounts a ON a.id = r.account_id
             WHERE r.title_id = :titleId AND (:withHidden OR NOT r.hidden)
               AND (CAST(:afterAt AS timestamptz) IS NULL OR (r.created_at, r.id) < (:afterAt, :afterId))
             ORDER BY r.created_at DESC, r.id DESC
             LIMIT :max""")
    List<AuthoredReviewRow> ofTitle(UUID titleId, boolean withHidden, @Nullable Instant afterAt,
                                    @Nullable UUID afterId, int max);

    @Query("SELECT " + COLUMNS + """
              FROM reviews r
             WHERE r.account_id = :accountId
               AND (CAST(:afterAt AS timestamptz) IS NULL OR (r.created_at, r.id) < (:afterAt, :afterId))
             ORDER BY r.created_at DESC, r.id DESC
             LIMIT :max""")
    List<ReviewRow> byAuthor(UUID accountId, @Nullable Instant afterAt, @Nullable UUID afterId, int max);

    /** Visible reviews counted and their stars summed, likes and dislikes counted, each from its index. */
    @Query(RATINGS)
    TitleRatingsRow ratingsOf(UUID titleId);
}
