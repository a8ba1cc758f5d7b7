package app.marquee.application.library.service;

import app.marquee.application.library.playlist.PlaylistSummary.Position;
import app.marquee.domain.library.playlist.PlaylistId;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of playlists ended, written as {@code <uuid>:<name key>} for the client to hand
 * back. The id comes first because it has a fixed length and no colon, so a name may hold any
 * character.
 */
final class PlaylistCursors {
    private static final int UUID_LENGTH = 36;

    private PlaylistCursors() {
    }

    static String write(Position position) {
        return position.id().value() + ":" + position.nameKey();
    }

    /** Empty when the text is not a cursor {@link #write} could have produced. */
    static Optional<Position> read(String text) {
        if (text.length() <= UUID_LENGTH + 1 || text.charAt(UUID_LENGTH) != ':') {
            return Optional.empty();
        }
        String key = text.substring(UUID_LENGTH + 1);
        if (key.isBlank() || key.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(text.substring(0, UUID_LENGTH));
            if (!id.toString().equals(text.substring(0, UUID_LENGTH).toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return Optional.of(new Position(key, new PlaylistId(id)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
