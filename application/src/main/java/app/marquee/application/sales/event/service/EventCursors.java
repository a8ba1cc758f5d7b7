package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.out.LoadEventPort.EventCursor;
import app.marquee.domain.sales.event.EventId;

import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of events ended, written as {@code <uuid>:<title key>}: the id first, fixed in
 * length and without a colon, so the title may hold any character.
 */
final class EventCursors {
    private static final int UUID_LENGTH = 36;

    private EventCursors() {
    }

    static String write(EventCursor cursor) {
        return cursor.id().value() + ":" + cursor.titleKey();
    }

    /** Empty when the text is not a cursor {@link #write} could have produced. */
    static Optional<EventCursor> read(String text) {
        if (text.length() <= UUID_LENGTH + 1 || text.charAt(UUID_LENGTH) != ':') {
            return Optional.empty();
        }
        String titleKey = text.substring(UUID_LENGTH + 1);
        String id = text.substring(0, UUID_LENGTH);
        if (titleKey.isBlank() || titleKey.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        try {
            UUID parsed = UUID.fromString(id);
            return parsed.toString().equals(id) ? Optional.of(new EventCursor(titleKey, new EventId(parsed)))
                    : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
