package app.marquee.adapter.persistence.notification;

import app.marquee.application.identity.port.out.ForgetOutboxMessagesPort;
import app.marquee.application.notification.port.out.AppendOutboxPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.notification.OutboundMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox in PostgreSQL. Appending is one INSERT per message in the caller's transaction (the
 * adapter opens none of its own), so a message exists exactly when the change that caused it
 * committed; it is due at once. Forgetting an account's messages is one DELETE along
 * {@code outbox_messages_by_account}, in the anonymisation's transaction too.
 */
@Singleton
public class OutboxPersistenceAdapter implements AppendOutboxPort, ForgetOutboxMessagesPort {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OutboxRepository outbox;

    OutboxPersistenceAdapter(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    public void append(List<OutboundMessage> messages, Instant now) {
        for (OutboundMessage message : messages) {
            outbox.insert(UUID.randomUUID(), message.kind().name(), message.channel().name(), message.recipient(),
                    message.language().name(), message.account().map(AccountId::value).orElse(null),
                    json(message.data().values()), json(message.data().secrets()), now);
        }
    }

    @Override
    public void forgetMessagesOf(AccountId account) {
        outbox.deleteOfAccount(account.value());
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("message data that MessageData accepted could not be written as JSON", e);
        }
    }
}
