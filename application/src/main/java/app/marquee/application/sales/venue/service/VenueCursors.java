package app.marquee.application.sales.venue.service;

import app.marquee.application.sales.venue.port.out.LoadVenuePort.VenueCursor;
import app.marquee.domain.sales.venue.VenueId;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of venues ended, written as {@code <uuid>:<name key>}: the id first, fixed in
 * length and without a colon, so the name may hold any character.
 */
final class VenueCursors {
    private static final int UUID_LENGTH = 36;

    private VenueCursors() {
    }

    static String write(VenueCursor cursor) {
        return cursor.id().value() + ":" + cursor.nameKey();
    }

    /** Empty when the text is not a cursor {@link #write} could have produced. */
    static Optional<VenueCursor> read(String text) {
        if (text.length() <= UUID_LENGTH + 1 || text.charAt(UUID_LENGTH) != ':') {
            return Optional.empty();
        }
        String nameKey = text.substring(UUID_LENGTH + 1);
        String id = text.substring(0, UUID_LENGTH);
        if (nameKey.isBlank() || nameKey.codePoints().anyMatch(Character::isISOControl)
                || !id.equals(id.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        try {
            UUID parsed = UUID.fromString(id);
            return parsed.toString().equals(id) ? Optional.of(new VenueCursor(nameKey, new VenueId(parsed)))
                    : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
