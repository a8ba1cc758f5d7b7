package app.marquee.adapter.persistence.notification;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.TestDatabase;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.notification.Channel;
import app.marquee.domain.notification.MessageData;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.notification.OutboundMessage;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(transactional = false)
class OutboxPersistenceAdapterTest extends DatabaseTest {

    @Inject
    OutboxPersistenceAdapter outbox;

    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void anAppendedMessageIsPendingAndDueWithItsValuesAndSecretKeys() throws SQLException {
        AccountId account = new AccountId(UUID.randomUUID());
        MessageData data = MessageData.of(Map.of("name", "Ada", "tickets", List.of(Map.of("number", 7L))))
                .withSecret("token", "s3cret-token");

        transactions.executeWrite(status -> {
            outbox.append(List.of(OutboundMessage.email(MessageKind.WELCOME, account,
                    new EmailAddress("ada@example.com"), Language.FR, data)), java.time.Instant.now());
            return null;
        });

        try (Connection connection = TestDatabase.openConnection();
             PreparedStatement query = connection.prepareStatement("""
                     SELECT kind, channel, recipient, language, status, attempts, data ->> 'token',
                            data -> 'tickets' -> 0 ->> 'number', secret_keys, next_attempt_at = created_at
                     FROM outbox_messages WHERE account_id = ?""")) {
            query.setObject(1, account.value());
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5))).containsExactly("WELCOME", "EMAIL", "ada@example.com", "FR", "PENDING");
                assertThat(row.getInt(6)).isZero();
                assertThat(row.getString(7)).isEqualTo("s3cret-token");
                assertThat(row.getString(8)).isEqualTo("7");
                assertThat((String[]) row.getArray(9).getArray()).containsExactly("token");
                assertThat(row.getBoolean(10)).isTrue();
                assertThat(row.next()).isFalse();
            }
        }
    }

    @Test
    void aMessageAppendedInATransactionThatRollsBackIsNeverWritten() throws SQLException {
        String recipient = "+3361234" + (100_000 + new java.util.Random().nextInt(900_000));
        OutboundMessage sms = new OutboundMessage(MessageKind.ORDER_CONFIRMED, Channel.SMS, recipient, Language.EN,
                Optional.empty(), MessageData.of(Map.of("orderId", "x")));

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            outbox.append(List.of(sms), java.time.Instant.now());
            throw new IllegalStateException("the business change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(TestDatabase.count("SELECT count(*) FROM outbox_messages WHERE recipient = '" + recipient + "'"))
                .isZero();
    }
}
