package app.marquee.domain.notification;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * A message whose values name an {@code expiresAt} (the end of a verification or reset link, of a
 * waiting-list offer) is worth sending only before that moment: delivered later it would hand its
 * recipient a dead link. Retries with backoff can outlast a 30-minute link, so the dispatcher asks
 * this before each send, and an operator cannot queue such a message again once it is over. A
 * message without {@code expiresAt} (or with one that is not an instant) never expires.
 */
public final class MessageExpiry {
    /** The value naming the moment the message stops being of use (ISO-8601 text). */
    public static final String KEY = "expiresAt";

    private MessageExpiry() {
    }

    /** When the message stops being of use, if it says. */
    public static Optional<Instant> of(Map<String, ?> values) {
        if (!(values.get(KEY) instanceof String text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notAnInstant) {
            return Optional.empty();
        }
    }

    /** True from the {@code expiresAt} instant on. */
    public static boolean isOver(Map<String, ?> values, Instant now) {
        return of(values).map(end -> !end.isAfter(now)).orElse(false);
    }
}
