package app.marquee.adapter.persistence.catalog;

import app.marquee.adapter.persistence.DatabaseTest;
import app.marquee.adapter.persistence.Race;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.shared.LocalizedName;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class GenrePersistenceAdapterTest extends DatabaseTest {
    @Inject
    GenrePersistenceAdapter genres;
    @Inject
    TitlePersistenceAdapter titles;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void aGenreIsFoundByIdBySlugAndAmongAllInSlugOrder() {
        String tag = TestCatalog.tag();
        Genre later = Genre.create(tag + "-b", new LocalizedName("Film noir", "Film noir"));
        Genre earlier = Genre.create(tag + "-a", new LocalizedName("Comedy", "Comédie"));
        genres.add(later);
        genres.add(earlier);

        assertThat(genres.byId(earlier.id()).orElseThrow()).usingRecursiveComparison().isEqualTo(earlier);
        assertThat(genres.bySlug(tag + "-b").orElseThrow()).usingRecursiveComparison().isEqualTo(later);
        assertThat(genres.byIds(List.of(earlier.id(), later.id()))).hasSize(2);
        assertThat(genres.all()).extracting(Genre::slug).filteredOn(slug -> slug.startsWith(tag))
                .containsExactly(tag + "-a", tag + "-b");
        assertThat(genres.all()).extracting(Genre::slug).isSorted();
        assertThat(genres.byId(GenreId.newId())).isEmpty();
        assertThat(genres.byIds(List.of())).isEmpty();
    }

    @Test
    void aSecondGenreWithATakenSlugIsRefusedAndTheTransactionGoesOn() {
        String slug = TestCatalog.tag();
        Genre first = TestCatalog.genre(slug);
        Genre second = TestCatalog.genre(slug);
        Genre other = TestCatalog.genre(TestCatalog.tag());

        List<Outcome<Genre>> outcomes = transactions.executeWrite(status ->
                List.of(genres.add(first), genres.add(second), genres.add(other)));

        assertThat(outcomes).containsExactly(Outcome.accepted(first),
                Outcome.rejected(Rejection.onField(CatalogRejection.GENRE_SLUG_TAKEN, "slug")),
                Outcome.accepted(other));
        assertThat(genres.bySlug(slug).orElseThrow().id()).isEqualTo(first.id());
        assertThat(genres.byId(other.id())).isPresent();
    }

    @Test
    void aRenameAppliesAtTheVersionReadAndNotOnAStaleCopy() {
        Genre genre = TestCatalog.genre(TestCatalog.tag());
        genres.add(genre);
        Genre first = genres.byId(genre.id()).orElseThrow();
        Genre stale = genres.byId(genre.id()).orElseThrow();
        first.rename(new LocalizedName("Thriller", "Policier"));
        stale.rename(new LocalizedName("Crime", "Crime"));

        Outcome<Genre> renamed = genres.update(first);

        assertThat(renamed.isAccepted()).isTrue();
        assertThat(genres.update(stale)).isEqualTo(Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE));
        Genre stored = genres.byId(genre.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo(new LocalizedName("Thriller", "Policier"));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored).usingRecursiveComparison().isEqualTo(((Outcome.Accepted<Genre>) renamed).value());
    }

    @Test
    void aGenreATitleUsesIsNotDeleted() {
        Genre genre = TestCatalog.genre(TestCatalog.tag());
        genres.add(genre);
        titles.add(TestCatalog.movie("Le Cercle rouge", 1970, TitleStatus.DRAFT, Set.of(genre.id())));

        assertThat(genres.delete(genre.id())).isEqualTo(Outcome.rejected(CatalogRejection.STILL_REFERENCED));
        assertThat(genres.byId(genre.id())).isPresent();
    }

    @Test
    void aGenreDeletedWhileATitleNamingItIsBeingSavedIsStillReferenced() throws Exception {
        Genre genre = TestCatalog.genre(TestCatalog.tag());
        genres.add(genre);

        Race.Result<Title, Outcome<GenreId>> race = Race.between(transactions, () -> {
            assertThat(genres.byIdsForReference(List.of(genre.id()))).hasSize(1);
            return titles.add(TestCatalog.movie("Le Samouraï", 1967, TitleStatus.DRAFT, Set.of(genre.id())));
        }, () -> genres.delete(genre.id()));

        assertThat(race.secondWaited()).as("the delete waits for the title being saved").isTrue();
        assertThat(race.second()).isEqualTo(Outcome.rejected(CatalogRejection.STILL_REFERENCED));
        assertThat(titles.byId(race.first().id()).orElseThrow().details().genres()).containsExactly(genre.id());
    }

    @Test
    void aTitleSavedWhileItsGenreIsBeingDeletedFindsTheGenreGone() throws Exception {
        Genre genre = TestCatalog.genre(TestCatalog.tag());
        genres.add(genre);

        Race.Result<Outcome<GenreId>, List<Genre>> race = Race.between(transactions,
                () -> genres.delete(genre.id()), () -> genres.byIdsForReference(List.of(genre.id())));

        assertThat(race.secondWaited()).as("the reference check waits for the delete").isTrue();
        assertThat(race.first()).isEqualTo(Outcome.accepted(genre.id()));
        assertThat(race.second()).isEmpty();
    }

    @Test
    void anUnusedGenreIsDeletedAndAMissingOneIsNotFound() {
        Genre genre = TestCatalog.genre(TestCatalog.tag());
        genres.add(genre);

        assertThat(genres.delete(genre.id())).isEqualTo(Outcome.accepted(genre.id()));
        assertThat(genres.byId(genre.id())).isEmpty();
        assertThat(genres.delete(genre.id())).isEqualTo(Outcome.rejected(CatalogRejection.GENRE_NOT_FOUND));
    }
}
