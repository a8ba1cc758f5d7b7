package app.marquee.domain.catalog.title;

import app.marquee.domain.catalog.person.PersonId;

import java.util.Objects;
import java.util.Optional;

/**
 * A person's part in a title. {@code billing} orders the credits of one role as the poster does
 * (1 = top billing); a character is named for actors only.
 */
public record Credit(PersonId personId, CreditRole role, Optional<String> character, int billing) {
    public static final int MAX_CHARACTER_LENGTH = 200;

    public Credit {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(role, "role");
        character = Objects.requireNonNull(character, "character").map(String::strip).filter(c -> !c.isEmpty());
        if (character.isPresent() && role != CreditRole.ACTOR) {
            throw new IllegalArgumentException("only actors play a character");
        }
        if (character.map(c -> c.length() > MAX_CHARACTER_LENGTH || c.codePoints().anyMatch(Character::isISOControl))
                .orElse(false)) {
            throw new IllegalArgumentException("a character's name is at most 200 characters, without control characters");
        }
        if (billing < 1) {
            throw new IllegalArgumentException("billing starts at 1");
        }
    }
}
