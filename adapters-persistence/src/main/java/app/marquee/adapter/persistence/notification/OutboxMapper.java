package app.marquee.adapter.persistence.notification;

import app.marquee.application.notification.ClaimedMessage;
import app.marquee.application.notification.OutboxEntry;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.notification.Channel;
import app.marquee.domain.notification.MessageData;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.notification.OutboundMessage;
import app.marquee.domain.notification.OutboxStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Outbox rows to the application's types; {@code data} is read back from the JSON it was written as. */
final class OutboxMapper {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> VALUES = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> KEYS = new TypeReference<>() {
    };

    private OutboxMapper() {
    }

    static ClaimedMessage claimed(OutboxRow row) {
        MessageData data = new MessageData(read(row.data(), VALUES), new HashSet<>(read(row.secretKeys(), KEYS)));
        OutboundMessage message = new OutboundMessage(MessageKind.valueOf(row.kind()), Channel.valueOf(row.channel()),
                row.recipient(), Language.valueOf(row.language()), account(row), data);
        return new ClaimedMessage(row.id(), row.claim(), message, row.attempts());
    }

    static OutboxEntry shown(OutboxRow row) {
        return new OutboxEntry(row.id(), MessageKind.valueOf(row.kind()), Channel.valueOf(row.channel()),
                row.recipient(), Language.valueOf(row.language()), account(row), read(row.data(), VALUES),
                OutboxStatus.valueOf(row.status()), row.attempts(), row.nextAttemptAt(),
                Optional.ofNullable(row.lastError()), row.createdAt(), Optional.ofNullable(row.sentAt()));
    }

    private static Optional<AccountId> account(OutboxRow row) {
        return Optional.ofNullable(row.accountId()).map(AccountId::new);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox JSON that PostgreSQL stored could not be read", e);
        }
    }
}
