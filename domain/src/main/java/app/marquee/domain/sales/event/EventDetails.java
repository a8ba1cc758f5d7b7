package app.marquee.domain.sales.event;

import java.util.Objects;
import java.util.Optional;

/**
 * What the organiser writes about an event: a title (1 to 200 characters), a description (at most
 * 5,000, line breaks allowed), a category and, when there is one, the performer.
 */
public record EventDetails(String title, String description, EventCategory category, Optional<String> performer) {
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 5_000;

    public EventDetails {
        title = line(title, MAX_TITLE_LENGTH, "title");
        Objects.requireNonNull(description, "description");
        description = description.strip();
        if (description.length() > MAX_DESCRIPTION_LENGTH || description.codePoints()
                .anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new IllegalArgumentException("a description is at most 5,000 characters, no control character");
        }
        Objects.requireNonNull(category, "category");
        performer = Objects.requireNonNull(performer, "performer").map(name -> line(name, MAX_TITLE_LENGTH, "performer"));
    }

    private static String line(String value, int max, String what) {
        if (value == null || value.isBlank() || value.strip().length() > max
                || value.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " is 1 to " + max + " characters on one line");
        }
        return value.strip();
    }
}
