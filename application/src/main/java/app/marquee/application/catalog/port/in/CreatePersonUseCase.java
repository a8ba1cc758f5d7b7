package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.person.Person;

import java.util.Objects;

/** An admin adds someone who can be credited on titles. */
public interface CreatePersonUseCase {
    Person create(Command command);

    record Command(String name) {
        public Command {
            Objects.requireNonNull(name, "name");
        }
    }
}
