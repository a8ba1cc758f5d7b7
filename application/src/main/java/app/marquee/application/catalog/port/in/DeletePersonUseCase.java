package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.shared.Outcome;

/** An admin deletes a person no title credits (STILL_REFERENCED otherwise). */
public interface DeletePersonUseCase {
    Outcome<PersonId> delete(PersonId id);
}
