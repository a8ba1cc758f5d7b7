package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.CreatePersonUseCase;
import app.marquee.application.catalog.port.out.PeoplePort;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

@Singleton
public class CreatePersonService implements CreatePersonUseCase {
    private final PeoplePort people;

    public CreatePersonService(PeoplePort people) {
        this.people = people;
    }

    @Override
    public Outcome<Person> create(Command command) {
        return Outcome.accepted(people.add(Person.create(command.name())));
    }
}
