package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.person.PersonId;

import java.util.Objects;

/** A person a reason names: the id, for a link, and the name, to read. */
public record PersonMention(PersonId id, String name) {
    public PersonMention {
        Objects.requireNonNull(id, "person id");
        Objects.requireNonNull(name, "person name");
    }
}
