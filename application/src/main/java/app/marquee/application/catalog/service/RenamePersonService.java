package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.RenamePersonUseCase;
import app.marquee.application.catalog.port.out.PeoplePort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Optional;

@Singleton
public class RenamePersonService implements RenamePersonUseCase {
    private final PeoplePort people;

    public RenamePersonService(PeoplePort people) {
        this.people = people;
    }

    @Override
    @Transactional
    public Outcome<Person> rename(Command command) {
        Optional<Person> found = people.byId(command.id());
        if (found.isEmpty()) {
            return Outcome.rejected(CatalogRejection.PERSON_NOT_FOUND);
        }
        found.get().rename(command.name());
        return people.update(found.get());
    }
}
