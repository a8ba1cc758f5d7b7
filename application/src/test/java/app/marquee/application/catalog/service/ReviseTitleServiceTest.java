package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.catalog.port.in.ReviseTitleUseCase.Command;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
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
import static org.assertj.core.api.Assertions.assertThat;

class ReviseTitleServiceTest {
    private final CatalogFixture catalog = new CatalogFixture();
    private final ReviseTitleService revise = new ReviseTitleService(catalog.titles, catalog.titles, catalog.genres,
            catalog.people, catalog.clock);
    private final Genre comedy = catalog.genre("comedy");
    private final Title amelie = catalog.movie("Amelie");
    private final TitleDetails corrected = movieDetails("Amélie", Set.of(comedy.id()), List.of());

    @Test
    void replacesWhatTheEditorsWroteAndMovesTheVersionOn() {
        Outcome<Title> outcome = revise.revise(new Command(amelie.id(), Optional.empty(), corrected));

        Title stored = catalog.titles.stored(amelie.id());
        assertThat(stored.details()).isEqualTo(corrected);
        assertThat(stored.version()).isEqualTo(amelie.version() + 1);
        assertThat(stored.updatedAt()).isEqualTo(CatalogFixture.NOW);
        assertThat(((Outcome.Accepted<Title>) outcome).value().version()).isEqualTo(stored.version());
    }

    @Test
    void acceptsTheVersionTheClientLastSaw() {
        Outcome<Title> outcome = revise.revise(new Command(amelie.id(), Optional.of(amelie.version()), corrected));

        assertThat(outcome.isAccepted()).isTrue();
        assertThat(catalog.titles.stored(amelie.id()).details().name()).isEqualTo("Amélie");
    }

    @Test
    void refusesAClientThatEditedAnOlderVersion() {
        Outcome<Title> outcome = revise.revise(new Command(amelie.id(), Optional.of(amelie.version() + 7), corrected));

        assertThat(outcome).isEqualTo(Outcome.rejected(CatalogRejection.VERSION_MISMATCH));
        assertThat(catalog.titles.stored(amelie.id()).details().name()).isEqualTo("Amelie");
        assertThat(catalog.titles.writes()).isZero();
    }

    @Test
    void anUnknownTitleIsNotFound() {
        assertThat(revise.revise(new Command(TitleId.newId(), Optional.empty(), corrected)))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
    }

    @Test
    void refusesAnUnknownGenreOrPerson() {
        TitleDetails unknownGenre = movieDetails("Amélie", Set.of(GenreId.newId()), List.of());
        TitleDetails unknownPerson = movieDetails("Amélie", Set.of(),
                List.of(new Credit(PersonId.newId(), CreditRole.WRITER, Optional.empty(), 1)));

        assertThat(revise.revise(new Command(amelie.id(), Optional.empty(), unknownGenre)))
                .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.UNKNOWN_GENRE, "genreIds")));
        assertThat(revise.revise(new Command(amelie.id(), Optional.empty(), unknownPerson)))
                .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.UNKNOWN_PERSON, "credits")));
        assertThat(catalog.titles.writes()).isZero();
    }

    @Test
    void theDomainStillChecksTheYear() {
        TitleDetails silentEra = details("Before cinema", 1887, OptionalInt.of(3), Set.of(), List.of());

        assertThat(revise.revise(new Command(amelie.id(), Optional.empty(), silentEra))).isEqualTo(
                Outcome.rejected(Rejection.onField(CatalogRejection.RELEASE_YEAR_OUT_OF_RANGE, "releaseYear")));
    }

    @Test
    void aRevisionThatAlsoPublishesIsOneWrite() {
        Outcome<Title> outcome = revise.revise(new Command(amelie.id(), Optional.of(amelie.version()), corrected,
                Optional.of(TitleStatus.PUBLISHED)));

        assertThat(outcome.isAccepted()).isTrue();
        Title stored = catalog.titles.stored(amelie.id());
        assertThat(stored.status()).isEqualTo(TitleStatus.PUBLISHED);
        assertThat(stored.details()).isEqualTo(corrected);
        assertThat(catalog.titles.writes()).isEqualTo(1);
    }

    @Test
    void aRefusedRevisionPublishesNothing() {
        TitleDetails silentEra = details("Before cinema", 1887, OptionalInt.of(3), Set.of(), List.of());

        assertThat(revise.revise(new Command(amelie.id(), Optional.empty(), silentEra,
                Optional.of(TitleStatus.PUBLISHED))).isAccepted()).isFalse();
        assertThat(catalog.titles.stored(amelie.id()).status()).isEqualTo(TitleStatus.DRAFT);
        assertThat(catalog.titles.writes()).isZero();
    }

    @Test
    void anArchivedTitleIsFrozen() {
        Title archived = catalog.title(TitleKind.MOVIE, movieDetails("Old", Set.of(), List.of()), TitleStatus.ARCHIVED);

        assertThat(revise.revise(new Command(archived.id(), Optional.empty(), corrected)))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_ARCHIVED));
        assertThat(catalog.titles.writes()).isZero();
    }

    @Test
    void losingARaceWithoutAnExpectedVersionIsAConcurrentUpdate() {
        TitleDetails theirs = movieDetails("Le Fabuleux Destin d'Amélie Poulain", Set.of(), List.of());
        catalog.titles.beforeNextUpdate(() -> revise.revise(new Command(amelie.id(), Optional.empty(), theirs)));

        Outcome<Title> outcome = revise.revise(new Command(amelie.id(), Optional.empty(), corrected));

        assertThat(outcome).isEqualTo(Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE));
        assertThat(catalog.titles.stored(amelie.id()).details()).isEqualTo(theirs);
    }

    @Test
    void losingARaceWithAnExpectedVersionIsAVersionMismatch() {
        TitleDetails theirs = movieDetails("Le Fabuleux Destin d'Amélie Poulain", Set.of(), List.of());
        catalog.titles.beforeNextUpdate(() -> revise.revise(new Command(amelie.id(), Optional.empty(), theirs)));

        Outcome<Title> outcome = revise.revise(new Command(amelie.id(), Optional.of(amelie.version()), corrected));

        assertThat(outcome).isEqualTo(Outcome.rejected(CatalogRejection.VERSION_MISMATCH));
        assertThat(catalog.titles.stored(amelie.id()).details()).isEqualTo(theirs);
        assertThat(catalog.titles.stored(amelie.id()).version()).isEqualTo(amelie.version() + 1);
    }
}
