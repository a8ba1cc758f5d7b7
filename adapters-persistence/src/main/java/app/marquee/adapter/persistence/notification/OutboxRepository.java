package app.marquee.adapter.persistence.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutboxRepository extends GenericRepository<OutboxMessageRow, UUID> {

    /** {@code data} and {@code secretKeys} are JSON text: an object, and an array of the secret keys. */
    @Query("""
            INSERT INTO outbox_messages (id, kind, channel, recipient, language, account_id, data, secret_keys,
                                         next_attempt_at, created_at)
            VALUES (:id, :kind, :channel, :recipient, :language, :accountId, CAST(:data AS jsonb),
                    ARRAY(SELECT jsonb_array_elements_text(CAST(:secretKeys AS jsonb))), :now, :now)""")
    void insert(UUID id, String kind, String channel, String recipient, String language, @Nullable UUID accountId,
                String data, String secretKeys, Instant now);

    /** Along {@code outbox_messages_by_account}. */
    @Query("DELETE FROM outbox_messages WHERE account_id = :accountId")
    int deleteOfAccount(UUID accountId);
}
