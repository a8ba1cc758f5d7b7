package app.marquee.adapter.persistence.catalog;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageSlot;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class TitlePersistenceAdapterTest extends DatabaseTest {
    @Inject
    TitlePersistenceAdapter titles;
    @Inject
    GenrePersistenceAdapter genres;
    @Inject
    PersonPersistenceAdapter people;
    @Inject
    SeasonPersistenceAdapter seasons;
    @Inject
    TitleReferencesPersistenceAdapter references;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aTitleComesBackExactlyAsItWasStoredWithEveryField() {
        Title stored = withEveryField();

        assertThat(titles.add(stored)).isSameAs(stored);

        assertThat(titles.byId(stored.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(stored);
        assertThat(titles.byIds(List.of(stored.id()))).singleElement().usingRecursiveComparison().isEqualTo(stored);
    }

    @Test
    void aSeriesWithoutRuntimeNorPicturesComesBackWithoutThem() {
        Title series = TestCatalog.title(TitleKind.SERIES, TestCatalog.details("Dix pour cent", Optional.empty(), 2015,
                OptionalInt.empty(), Set.of(), List.of()), TitleStatus.DRAFT);
        titles.add(series);

        Title loaded = titles.byId(series.id()).orElseThrow();

        assertThat(loaded).usingRecursiveComparison().isEqualTo(series);
        assertThat(loaded.details().runtimeMinutes()).isEmpty();
        assertThat(loaded.images()).isEmpty();
    }

    @Test
    void nothingIsFoundForUnknownIds() {
        assertThat(titles.byId(TitleId.newId())).isEmpty();
        assertThat(titles.byIds(List.of(TitleId.newId()))).isEmpty();
        assertThat(titles.byIds(List.of())).isEmpty();
    }

    @Test
    void anUpdateReplacesGenresAndCreditsAndMovesTheVersionOn() {
        Genre drama = add(TestCatalog.genre(TestCatalog.tag()));
        Genre comedy = add(TestCatalog.genre(TestCatalog.tag()));
        Person one = people.add(TestCatalog.person("Agnès Varda"));
        Person two = people.add(TestCatalog.person("Jacques Demy"));
        Title title = TestCatalog.title(TitleKind.MOVIE, TestCatalog.details("Cléo de 5 à 7", Optional.empty(), 1962,
                OptionalInt.of(90), Set.of(drama.id()), List.of(new Credit(one.id(), CreditRole.DIRECTOR,
                        Optional.empty(), 1))), TitleStatus.DRAFT);
        titles.add(title);
        Title loaded = titles.byId(title.id()).orElseThrow();
        TitleDetails revised = TestCatalog.details("Cléo from 5 to 7", Optional.of("Cléo de 5 à 7"), 1962,
                OptionalInt.of(89), Set.of(comedy.id()), List.of(
                        new Credit(two.id(), CreditRole.WRITER, Optional.empty(), 1),
                        new Credit(one.id(), CreditRole.DIRECTOR, Optional.empty(), 1)));
        loaded.revise(revised, TestCatalog.now());

        Outcome<Title> saved = titles.update(loaded);

        assertThat(saved.isAccepted()).isTrue();
        Title again = titles.byId(title.id()).orElseThrow();
        assertThat(again.version()).isEqualTo(1);
        assertThat(again).usingRecursiveComparison().isEqualTo(((Outcome.Accepted<Title>) saved).value());
        assertThat(again.details().genres()).containsExactly(comedy.id());
        assertThat(again.details().credits()).extracting(Credit::personId).containsExactly(two.id(), one.id());
    }

    @Test
    void anUpdateOfAStaleCopyIsRefusedAndChangesNothing() {
        Title title = TestCatalog.movie("Le Samouraï", 1967, TitleStatus.DRAFT, Set.of());
        titles.add(title);
        Title first = titles.byId(title.id()).orElseThrow();
        Title second = titles.byId(title.id()).orElseThrow();
        first.moveTo(TitleStatus.PUBLISHED, TestCatalog.now());
        titles.update(first);
        second.moveTo(TitleStatus.ARCHIVED, TestCatalog.now());

        assertThat(titles.update(second)).isEqualTo(Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE));
        assertThat(titles.byId(title.id()).orElseThrow().status()).isEqualTo(TitleStatus.PUBLISHED);
    }

    @Test
    void ofTwoConcurrentUpdatesOfOneVersionTheLaterIsRefused() throws Exception {
        Title title = TestCatalog.movie("La Haine", 1995, TitleStatus.DRAFT, Set.of());
        titles.add(title);
        Title first = titles.byId(title.id()).orElseThrow();
        Title second = titles.byId(title.id()).orElseThrow();
        first.moveTo(TitleStatus.PUBLISHED, TestCatalog.now());
        second.moveTo(TitleStatus.ARCHIVED, TestCatalog.now());

        Race.Result<Outcome<Title>, Outcome<Title>> race = Race.between(transactions,
                () -> titles.update(first), () -> titles.update(second));

        assertThat(race.secondWaited()).as("the second update waits on the first's row lock").isTrue();
        assertThat(race.first().isAccepted()).isTrue();
        assertThat(race.second()).isEqualTo(Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE));
        assertThat(titles.byId(title.id()).orElseThrow().status()).isEqualTo(TitleStatus.PUBLISHED);
    }

    @Test
    void aTitleBeingReferencedHoldsOffItsRemovalButNotItsEditing() throws Exception {
        Title title = titles.add(TestCatalog.movie("Playtime", 1967, TitleStatus.PUBLISHED, Set.of()));

        Race.Result<Optional<Title>, Optional<Title>> removal = Race.between(transactions,
                () -> titles.byIdForReference(title.id()), () -> titles.byIdForRemoval(title.id()));
        Race.Result<Optional<Title>, Outcome<Title>> edit = Race.between(transactions,
                () -> titles.byIdForReference(title.id()),
                () -> titles.update(titles.byId(title.id()).orElseThrow()));

        assertThat(removal.secondWaited()).as("a removal waits for whoever is pointing at the title").isTrue();
        assertThat(removal.second()).isPresent();
        assertThat(edit.secondWaited()).as("an edit does not wait").isFalse();
        assertThat(edit.second().isAccepted()).isTrue();
    }

    @Test
    void aTitleReferencedWhileItIsBeingDeletedIsFoundGone() throws Exception {
        Title title = titles.add(TestCatalog.movie("Trafic", 1971, TitleStatus.PUBLISHED, Set.of()));

        Race.Result<Boolean, Optional<Title>> race = Race.between(transactions, () -> {
            titles.byIdForRemoval(title.id()).orElseThrow();
            titles.delete(title.id());
            return true;
        }, () -> titles.byIdForReference(title.id()));

        assertThat(race.secondWaited()).isTrue();
        assertThat(race.second()).isEmpty();
    }

    @Test
    void deletingATitleDeletesItsGenresCreditsSeasonsAndEpisodes() {
        Genre genre = add(TestCatalog.genre(TestCatalog.tag()));
        Person person = people.add(TestCatalog.person("Jean-Pierre Jeunet"));
        Title series = TestCatalog.title(TitleKind.SERIES, TestCatalog.details("Le Bureau des légendes",
                Optional.empty(), 2015, OptionalInt.empty(), Set.of(genre.id()),
                List.of(new Credit(person.id(), CreditRole.WRITER, Optional.empty(), 1))), TitleStatus.PUBLISHED);
        titles.add(series);
        Season season = Season.rehydrate(SeasonId.newId(), series.id(), 1,
                Optional.empty(), List.of(new Episode(EpisodeId.newId(), 1, "Pilot", "", 52)), 0);
        seasons.add(season);

        titles.delete(series.id());

        assertThat(titles.byId(series.id())).isEmpty();
        assertThat(seasons.ofSeries(series.id())).isEmpty();
        assertThat(genres.delete(genre.id())).isEqualTo(Outcome.accepted(genre.id()));
        assertThat(people.delete(person.id())).isEqualTo(Outcome.accepted(person.id()));
    }

    @Test
    void nothingOutsideTheCatalogReferencesATitleYet() {
        Title title = TestCatalog.movie("Playtime", 1967, TitleStatus.PUBLISHED, Set.of());
        titles.add(title);

        assertThat(references.isReferenced(title.id())).isFalse();
        assertThat(references.isReferenced(TitleId.newId())).isFalse();
    }

    private Title withEveryField() {
        Genre drama = add(TestCatalog.genre(TestCatalog.tag()));
        Genre romance = add(TestCatalog.genre(TestCatalog.tag()));
        Person director = people.add(TestCatalog.person("Jean-Pierre Jeunet"));
        Person actress = people.add(TestCatalog.person("Audrey Tautou"));
        Person actor = people.add(TestCatalog.person("Mathieu Kassovitz"));
        TitleDetails details = new TitleDetails("Amélie", Optional.of("Le Fabuleux Destin d'Amélie Poulain"),
                "Amélie, une jeune serveuse, décide de changer la vie des autres.", 2001, OptionalInt.of(122),
                Set.of(drama.id(), romance.id()), Optional.of("12+"),
                List.of(new Credit(director.id(), CreditRole.DIRECTOR, Optional.empty(), 1),
                        new Credit(actress.id(), CreditRole.ACTOR, Optional.of("Amélie Poulain"), 1),
                        new Credit(actor.id(), CreditRole.ACTOR, Optional.of("Nino, l'\"ami\" {curieux}, \\ 1"), 2)),
                Set.of(new LanguageCode("fr"), new LanguageCode("en")), Set.of(new LanguageCode("de")),
                Optional.of(URI.create("https://example.org/trailers/amelie?lang=fr")));
        Instant created = Instant.parse("2026-03-01T10:15:30.123456Z");
        return Title.rehydrate(TitleId.newId(), TitleKind.MOVIE, details, TitleStatus.PUBLISHED, Map.of(
                        ImageSlot.POSTER, new ImageRef("posters/amelie.webp", "image/webp", 1000, 1500, 123_456,
                                "a".repeat(64)),
                        ImageSlot.BACKDROP, new ImageRef("backdrops/amelie.jpg", "image/jpeg", 1920, 1080, 654_321,
                                "b".repeat(64))),
                created, created.plusSeconds(60), 3);
    }

    private Genre add(Genre genre) {
        assertThat(genres.add(genre).isAccepted()).isTrue();
        return genre;
    }
}
