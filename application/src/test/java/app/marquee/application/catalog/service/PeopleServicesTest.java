package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.catalog.port.in.CreatePersonUseCase;
import app.marquee.application.catalog.port.in.RenamePersonUseCase;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static app.marquee.application.catalog.fakes.CatalogFixture.movieDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeopleServicesTest {
    private final CatalogFixture catalog = new CatalogFixture();
    private final CreatePersonService create = new CreatePersonService(catalog.people);
    private final RenamePersonService rename = new RenamePersonService(catalog.people);
    private final DeletePersonService delete = new DeletePersonService(catalog.people);
    private final ViewPersonService view = new ViewPersonService(catalog.people);

    @Test
    void addsSomeoneWhoCanThenBeCredited() {
        Person created = create.create(new CreatePersonUseCase.Command("  Agnès Varda ")).orElseThrow(
                rejection -> new IllegalStateException(rejection.toString()));

        assertThat(catalog.people.stored(created.id()).name()).isEqualTo("Agnès Varda");
        assertThat(created.version()).isZero();
    }

    @Test
    void correctsAName() {
        Person varda = catalog.person("Agnes Varda");

        Outcome<Person> outcome = rename.rename(new RenamePersonUseCase.Command(varda.id(), "Agnès Varda"));

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(catalog.people.stored(varda.id()).name()).isEqualTo("Agnès Varda");
        assertThat(catalog.people.stored(varda.id()).version()).isEqualTo(varda.version() + 1);
    }

    @Test
    void renamingSomeoneUnknownIsNotFound() {
        assertThat(rename.rename(new RenamePersonUseCase.Command(PersonId.newId(), "Nobody")))
                .isEqualTo(Outcome.rejected(CatalogRejection.PERSON_NOT_FOUND));
    }

    @Test
    void deletesSomeoneNoTitleCredits() {
        Person extra = catalog.person("An Extra");

        assertThat(delete.delete(extra.id())).isEqualTo(Outcome.accepted(extra.id()));
        assertThat(catalog.people.byId(extra.id())).isEmpty();
    }

    @Test
    void someoneATitleCreditsStays() {
        Person jeunet = catalog.person("Jean-Pierre Jeunet");
        catalog.movie(movieDetails("Delicatessen", Set.of(),
                List.of(new Credit(jeunet.id(), CreditRole.DIRECTOR, Optional.empty(), 1))));

        assertThat(delete.delete(jeunet.id())).isEqualTo(Outcome.rejected(CatalogRejection.STILL_REFERENCED));
        assertThat(catalog.people.byId(jeunet.id())).isPresent();
    }

    @Test
    void deletingSomeoneUnknownIsNotFound() {
        assertThat(delete.delete(PersonId.newId())).isEqualTo(Outcome.rejected(CatalogRejection.PERSON_NOT_FOUND));
    }

    @Test
    void showsOnePerson() {
        Person varda = catalog.person("Agnès Varda");

        Outcome<Person> outcome = view.view(varda.id());

        assertThat(((Outcome.Accepted<Person>) outcome).value().name()).isEqualTo("Agnès Varda");
        assertThat(view.view(PersonId.newId())).isEqualTo(Outcome.rejected(CatalogRejection.PERSON_NOT_FOUND));
    }

    @Test
    void aPersonCommandChecksTheNameAsItIsMade() {
        assertThatThrownBy(() -> new CreatePersonUseCase.Command("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CreatePersonUseCase.Command("x".repeat(201)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CreatePersonUseCase.Command(" Agnès Varda ").name()).isEqualTo("Agnès Varda");
    }
}
