package app.marquee.application.notification;

import app.marquee.application.shared.StorableInstants;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A position in the operators' list (newest first): the last message of the previous page. */
public record OutboxCursor(Instant createdAt, UUID id) {

    public OutboxCursor {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(id, "id");
    }

    public String encode() {
        return createdAt + "|" + id;
    }

    /**
     * The cursor {@link #encode} wrote; empty for anything else, an instant PostgreSQL's timestamptz
     * cannot hold included (a forged cursor naming the year 300000 must be a 400, not a 500).
     */
    public static Optional<OutboxCursor> decode(String text) {
        int bar = text.indexOf('|');
        if (bar < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new OutboxCursor(Instant.parse(text.substring(0, bar)),
                    UUID.fromString(text.substring(bar + 1))))
                    .filter(cursor -> StorableInstants.storable(cursor.createdAt()));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
