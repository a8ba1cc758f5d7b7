package app.marquee.adapter.persistence.notification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface NotificationPreferencesRepository extends GenericRepository<NotificationPreferencesRow, UUID> {

    @Query("SELECT account_id, email, sms, updated_at FROM notification_preferences WHERE account_id = :accountId")
    Optional<NotificationPreferencesRow> of(UUID accountId);

    @Query("""
            INSERT INTO notification_preferences (account_id, email, sms, updated_at)
            VALUES (:accountId, :email, :sms, :now)
            ON CONFLICT (account_id) DO UPDATE SET email = EXCLUDED.email, sms = EXCLUDED.sms,
                                                   updated_at = EXCLUDED.updated_at""")
    void save(UUID accountId, boolean email, boolean sms, Instant now);
}
