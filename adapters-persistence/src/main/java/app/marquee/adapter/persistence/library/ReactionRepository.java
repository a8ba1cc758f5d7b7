package app.marquee.adapter.persistence.library;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ReactionRepository extends GenericRepository<ReviewRow, UUID> {

    /** One statement, so two concurrent reactions of one viewer leave exactly one, the last. */
    @Query("""
            INSERT INTO title_reactions (account_id, title_id, reaction, reacted_at)
            VALUES (:accountId, :titleId, :reaction, :reactedAt)
            ON CONFLICT (account_id, title_id) DO UPDATE
               SET reaction = EXCLUDED.reaction, reacted_at = EXCLUDED.reacted_at""")
    int put(UUID accountId, UUID titleId, String reaction, Instant reactedAt);

    @Query("""
            SELECT account_id, title_id, reaction, reacted_at FROM title_reactions
             WHERE account_id = :accountId AND title_id = :titleId""")
    Optional<ReactionRow> find(UUID accountId, UUID titleId);

    @Query("DELETE FROM title_reactions WHERE account_id = :accountId AND title_id = :titleId")
    int remove(UUID accountId, UUID titleId);
}
