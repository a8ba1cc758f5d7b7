package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.DeletePersonUseCase;
import app.marquee.application.catalog.port.out.PeoplePort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** The store refuses to delete someone a title credits (STILL_REFERENCED). */
@Singleton
public class DeletePersonService implements DeletePersonUseCase {
    private final PeoplePort people;

    public DeletePersonService(PeoplePort people) {
        this.people = people;
    }

    @Override
    @Transactional
    public Outcome<PersonId> delete(PersonId id) {
        if (people.byId(id).isEmpty()) {
            return Outcome.rejected(CatalogRejection.PERSON_NOT_FOUND);
        }
        return people.delete(id);
    }
}
