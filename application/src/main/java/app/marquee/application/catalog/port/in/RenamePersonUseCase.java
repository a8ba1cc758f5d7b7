package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/** An admin corrects a person's name. */
public interface RenamePersonUseCase {
    Outcome<Person> rename(Command command);

    record Command(PersonId id, String name) {
        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }
}
