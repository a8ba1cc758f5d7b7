package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.shared.Outcome;

/** One person (PERSON_NOT_FOUND otherwise). */
public interface ViewPersonQuery {
    Outcome<Person> view(PersonId id);
}
