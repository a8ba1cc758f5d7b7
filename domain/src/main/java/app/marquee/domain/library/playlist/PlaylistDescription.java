package app.marquee.domain.library.playlist;

import app.marquee.domain.catalog.shared.Prose;

import java.util.Optional;

/**
 * A few words about a playlist: trimmed, 1 to 1000 characters; line breaks and tabs are fine,
 * other control characters are not. A blank description is no description.
 */
public record PlaylistDescription(String value) {
    public static final int MAX_LENGTH = 1000;

    public PlaylistDescription {
        if (value == null) {
            throw new IllegalArgumentException("a description has text");
        }
        value = value.strip();
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("a description is 1 to 1000 characters");
        }
        if (!Prose.isClean(value)) {
            throw new IllegalArgumentException("a description cannot hold control characters other than line breaks");
        }
    }

    /** The description a viewer typed, or none when it is absent or blank. */
    public static Optional<PlaylistDescription> of(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(new PlaylistDescription(typed));
    }

    @Override
    public String toString() {
        return value;
    }
}
