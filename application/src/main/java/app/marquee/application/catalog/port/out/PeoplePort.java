package app.marquee.application.catalog.port.out;

import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.shared.Outcome;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores people. A person credited on a title cannot be deleted. */
public interface PeoplePort {
    Optional<Person> byId(PersonId id);

    List<Person> byIds(Collection<PersonId> ids);

    /** Reads the people and keeps them from being deleted until the transaction ends: a title is about to credit them. */
    List<Person> byIdsForReference(Collection<PersonId> ids);

    /** People whose name contains the words typed (accent- and case-insensitive), by name, after the cursor. */
    List<Person> find(String nameQuery, Optional<PeopleCursor> after, int max);

    Person add(Person person);

    Outcome<Person> update(Person person);

    /**
     * {@code STILL_REFERENCED} when a title credits the person, including one that a transaction still
     * open when the delete starts is about to commit.
     */
    Outcome<PersonId> delete(PersonId id);

    /** Where the previous page ended: the last name and id, or the start. */
    record PeopleCursor(String name, PersonId id) {
    }
}
