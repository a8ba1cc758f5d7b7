package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.catalog.port.in.CreateGenreUseCase;
import app.marquee.application.catalog.port.in.RenameGenreUseCase;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.shared.LocalizedName;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static app.marquee.application.catalog.fakes.CatalogFixture.movieDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenreServicesTest {
    private static final LocalizedName DRAMA = new LocalizedName("Drama", "Drame");

    private final CatalogFixture catalog = new CatalogFixture();
    private final ListGenresService list = new ListGenresService(catalog.genres);
    private final CreateGenreService create = new CreateGenreService(catalog.genres);
    private final RenameGenreService rename = new RenameGenreService(catalog.genres);
    private final DeleteGenreService delete = new DeleteGenreService(catalog.genres);

    @Test
    void listsEveryGenreBySlug() {
        catalog.genre("thriller");
        catalog.genre("comedy");
        catalog.genre("drama");

        assertThat(list.list()).extracting(Genre::slug).containsExactly("comedy", "drama", "thriller");
    }

    @Test
    void createsAGenre() {
        Outcome<Genre> outcome = create.create(new CreateGenreUseCase.Command("drama", DRAMA));

        Genre created = ((Outcome.Accepted<Genre>) outcome).value();
        Genre stored = catalog.genres.stored(created.id());
        assertThat(stored.slug()).isEqualTo("drama");
        assertThat(stored.name()).isEqualTo(DRAMA);
        assertThat(stored.version()).isZero();
    }

    @Test
    void aSlugAlreadyTakenIsRefusedByTheStore() {
        catalog.genre("drama");

        assertThat(create.create(new CreateGenreUseCase.Command("drama", DRAMA)))
                .isEqualTo(Outcome.rejected(Rejection.onField(CatalogRejection.GENRE_SLUG_TAKEN, "slug")));
        assertThat(catalog.genres.count()).isEqualTo(1);
    }

    @Test
    void aMalformedSlugIsAProgrammerErrorTheEdgeMustCatchFirst() {
        assertThatThrownBy(() -> create.create(new CreateGenreUseCase.Command("Science Fiction", DRAMA)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catalog.genres.count()).isZero();
    }

    @Test
    void renamingChangesTheNamesButNotTheSlug() {
        Genre scifi = catalog.genre("science-fiction");
        LocalizedName names = new LocalizedName("Science fiction", "Science-fiction");

        Outcome<Genre> outcome = rename.rename(new RenameGenreUseCase.Command(scifi.id(), names));

        Genre stored = catalog.genres.stored(scifi.id());
        assertThat(outcome.isAccepted()).isTrue();
        assertThat(stored.name()).isEqualTo(names);
        assertThat(stored.slug()).isEqualTo("science-fiction");
        assertThat(stored.version()).isEqualTo(scifi.version() + 1);
    }

    @Test
    void renamingAnUnknownGenreIsNotFound() {
        assertThat(rename.rename(new RenameGenreUseCase.Command(GenreId.newId(), DRAMA)))
                .isEqualTo(Outcome.rejected(CatalogRejection.GENRE_NOT_FOUND));
    }

    @Test
    void deletesAGenreNoTitleUses() {
        Genre western = catalog.genre("western");

        assertThat(delete.delete(western.id())).isEqualTo(Outcome.accepted(western.id()));
        assertThat(catalog.genres.byId(western.id())).isEmpty();
    }

    @Test
    void aGenreATitleUsesStays() {
        Genre comedy = catalog.genre("comedy");
        catalog.movie(movieDetails("Amélie", Set.of(comedy.id()), List.of()));

        assertThat(delete.delete(comedy.id())).isEqualTo(Outcome.rejected(CatalogRejection.STILL_REFERENCED));
        assertThat(catalog.genres.byId(comedy.id())).isPresent();
    }

    @Test
    void deletingAnUnknownGenreIsNotFound() {
        assertThat(delete.delete(GenreId.newId())).isEqualTo(Outcome.rejected(CatalogRejection.GENRE_NOT_FOUND));
    }
}
