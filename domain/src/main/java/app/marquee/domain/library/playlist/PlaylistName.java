package app.marquee.domain.library.playlist;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a viewer calls a playlist: trimmed, 1 to 100 characters, no control characters, kept in
 * Unicode NFC so that an "é" typed two ways is one name. A viewer's playlists have different
 * names, ignoring case: {@link #key()} is what is compared ("Road Trip" and "road trip" clash).
 */
public record PlaylistName(String value) {
    public static final int MAX_LENGTH = 100;

    public PlaylistName {
        if (value == null) {
            throw new IllegalArgumentException("a playlist name is required");
        }
        value = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("a playlist name is 1 to 100 characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a playlist name cannot hold control characters");
        }
    }

    /** The name as uniqueness compares it: lower case, the same whatever the locale. */
    public String key() {
        return value.toLowerCase(Locale.ROOT);
    }

    public boolean clashesWith(PlaylistName other) {
        return key().equals(other.key());
    }

    @Override
    public String toString() {
        return value;
    }
}
