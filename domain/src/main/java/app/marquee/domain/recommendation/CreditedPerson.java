package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.CreditRole;

import java.util.Objects;

/**
 * Someone credited on a title, with the name a reason shows ("same director: Jean-Pierre Jeunet").
 * A person who both wrote and directed a title is credited twice, once per role.
 */
public record CreditedPerson(PersonId id, String name, CreditRole role) {
    public CreditedPerson {
        Objects.requireNonNull(id, "person id");
        Objects.requireNonNull(name, "person name");
        Objects.requireNonNull(role, "role");
    }

    public PersonMention mention() {
        return new PersonMention(id, name);
    }
}
