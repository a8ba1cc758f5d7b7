package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.out.PeoplePort.PeopleCursor;
import app.marquee.domain.catalog.person.PersonId;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of people ended, written as {@code <uuid>:<name>} for the client to hand back. The
 * id comes first because it has a fixed length and no colon, so a name may hold any character.
 */
final class PeopleCursors {
    private static final int UUID_LENGTH = 36;

    private PeopleCursors() {
    }

    static String write(PeopleCursor cursor) {
        return cursor.id().value() + ":" + cursor.name();
    }

    /** Empty when the text is not a cursor {@link #write} could have produced. */
    static Optional<PeopleCursor> read(String text) {
        if (text.length() <= UUID_LENGTH + 1 || text.charAt(UUID_LENGTH) != ':') {
            return Optional.empty();
        }
        String name = text.substring(UUID_LENGTH + 1);
        if (name.isBlank() || name.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(text.substring(0, UUID_LENGTH));
            if (!id.toString().equals(text.substring(0, UUID_LENGTH).toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return Optional.of(new PeopleCursor(name, new PersonId(id)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
