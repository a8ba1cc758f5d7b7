package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.catalog.port.in.CreateTitleUseCase.Command;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static app.marquee.application.catalog.fakes.CatalogFixture.details;
import static app.marquee.application.catalog.fakes.CatalogFixture.movieDetails;
import static app.marquee.application.catalog.fakes.CatalogFixture.seriesDetails;
import static org.assertj.core.api.Assertions.assertThat;

class CreateTitleServiceTest {
    private final CatalogFixture catalog = new CatalogFixture();
    private final CreateTitleService create = new CreateTitleService(catalog.genres, catalog.people, catalog.titles,
            catalog.clock);
    private final Genre drama = catalog.genre("drama");
    private final Person jeunet = catalog.person("Jean-Pierre Jeunet");
    private final Person tautou = catalog.person("Audrey Tautou");

    @Test
    void draftsAFilmWithItsGenresAndCredits() {
        List<Credit> credits = List.of(new Credit(jeunet.id(), CreditRole.DIRECTOR, Optional.empty(), 1),
                new Credit(tautou.id(), CreditRole.ACTOR, Optional.of("Amélie Poulain"), 1));

        Outcome<Title> outcome = create.create(new Command(TitleKind.MOVIE,
                movieDetails("Amélie", Set.of(drama.id()), credits)));

        Title created = ((Outcome.Accepted<Title>) outcome).value();
        Title stored = catalog.titles.stored(created.id());
        assertThat(stored.status()).isEqualTo(TitleStatus.DRAFT);
        assertThat(stored.kind()).isEqualTo(TitleKind.MOVIE);
        assertThat(stored.details().genres()).containsExactly(drama.id());
        assertThat(stored.details().credits()).isEqualTo(credits);
        assertThat(stored.createdAt()).isEqualTo(CatalogFixture.NOW);
        assertThat(stored.version()).isZero();
        assertThat(created.version()).isZero();
    }

    @Test
    void draftsASeriesWithoutRuntime() {
        Outcome<Title> outcome = create.create(new Command(TitleKind.SERIES, seriesDetails("Engrenages")));

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(catalog.titles.writes()).isEqualTo(1);
    }

    @Test
    void refusesAGenreTheCatalogDoesNotHave() {
        Outcome<Title> outcome = create.create(new Command(TitleKind.MOVIE,
                movieDetails("Amélie", Set.of(drama.id(), GenreId.newId()), List.of())));

        assertThat(outcome).isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.UNKNOWN_GENRE, "genreIds")));
        assertThat(catalog.titles.writes()).isZero();
    }

    @Test
    void refusesToCreditSomeoneTheCatalogDoesNotKnow() {
        List<Credit> credits = List.of(new Credit(jeunet.id(), CreditRole.DIRECTOR, Optional.empty(), 1),
                new Credit(PersonId.newId(), CreditRole.ACTOR, Optional.empty(), 1));

        Outcome<Title> outcome = create.create(new Command(TitleKind.MOVIE,
                movieDetails("Amélie", Set.of(), credits)));

        assertThat(outcome).isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.UNKNOWN_PERSON, "credits")));
        assertThat(catalog.titles.writes()).isZero();
    }

    @Test
    void someoneCreditedTwiceIsKnownOnce() {
        List<Credit> credits = List.of(new Credit(jeunet.id(), CreditRole.DIRECTOR, Optional.empty(), 1),
                new Credit(jeunet.id(), CreditRole.WRITER, Optional.empty(), 1));

        assertThat(create.create(new Command(TitleKind.MOVIE, movieDetails("Amélie", Set.of(), credits))).isAccepted())
                .isTrue();
    }

    @Test
    void theDomainRefusesAReleaseYearOutOfRange() {
        Outcome<Title> outcome = create.create(new Command(TitleKind.MOVIE,
                details("Too soon", 2032, OptionalInt.of(90), Set.of(), List.of())));

        assertThat(outcome).isEqualTo(Outcome.rejected(
                Rejection.onField(CatalogRejection.RELEASE_YEAR_OUT_OF_RANGE, "releaseYear")));
        assertThat(catalog.titles.writes()).isZero();
    }

    @Test
    void theDomainWantsARuntimeForAFilmAndNoneForASeries() {
        assertThat(create.create(new Command(TitleKind.MOVIE, seriesDetails("No runtime"))))
                .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.RUNTIME_REQUIRED, "runtimeMinutes")));
        assertThat(create.create(new Command(TitleKind.SERIES, movieDetails("A runtime", Set.of(), List.of()))))
                .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.RUNTIME_NOT_ALLOWED, "runtimeMinutes")));
        assertThat(catalog.titles.writes()).isZero();
    }
}
