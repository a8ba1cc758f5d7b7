package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.ViewPersonQuery;
import app.marquee.application.catalog.port.out.PeoplePort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

@Singleton
public class ViewPersonService implements ViewPersonQuery {
    private final PeoplePort people;

    public ViewPersonService(PeoplePort people) {
        this.people = people;
    }

    @Override
    public Outcome<Person> view(PersonId id) {
        return people.byId(id).map(Outcome::accepted)
                .orElseGet(() -> Outcome.rejected(CatalogRejection.PERSON_NOT_FOUND));
    }
}
