package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.shared.Outcome;


/** An admin adds someone who can be credited on titles. */
public interface CreatePersonUseCase {
    Outcome<Person> create(Command command);

    record Command(String name) {
        public Command {
            name = Person.checked(name);
        }
    }
}
