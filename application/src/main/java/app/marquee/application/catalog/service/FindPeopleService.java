package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.FindPeopleQuery;
import app.marquee.application.catalog.port.out.PeoplePort;
import app.marquee.application.catalog.port.out.PeoplePort.PeopleCursor;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Pages through people by name. One row more than the page is asked for, so that the last page
 * is known to be the last without a second query.
 */
@Singleton
public class FindPeopleService implements FindPeopleQuery {
    private final PeoplePort people;

    public FindPeopleService(PeoplePort people) {
        this.people = people;
    }

    @Override
    public Outcome<PeoplePage> find(Search search) {
        Optional<PeopleCursor> after = search.after().flatMap(PeopleCursors::read);
        if (search.after().isPresent() && after.isEmpty()) {
            return Outcome.rejected(Rejection.onField(CatalogRejection.INVALID_CURSOR, "cursor"));
        }
        List<Person> found = people.find(search.text(), after, search.limit() + 1);
        if (found.size() <= search.limit()) {
            return Outcome.accepted(new PeoplePage(found, Optional.empty()));
        }
        List<Person> page = found.subList(0, search.limit());
        Person last = page.get(page.size() - 1);
        return Outcome.accepted(new PeoplePage(page,
                Optional.of(PeopleCursors.write(new PeopleCursor(last.name(), last.id())))));
    }
}
