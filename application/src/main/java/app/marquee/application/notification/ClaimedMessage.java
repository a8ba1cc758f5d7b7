package app.marquee.application.notification;

import app.marquee.domain.notification.OutboundMessage;

import java.util.Objects;
import java.util.UUID;

/**
 * An outbox message this dispatcher claimed to send: {@code claim} is its lease's token (only the
 * holder of the current claim may record the outcome), {@code attempts} the attempts made before.
 */
public record ClaimedMessage(UUID id, UUID claim, OutboundMessage message, int attempts) {
    public ClaimedMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(message, "message");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts >= 0");
        }
    }
}
