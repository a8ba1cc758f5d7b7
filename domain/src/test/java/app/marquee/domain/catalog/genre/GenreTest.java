package app.marquee.domain.catalog.genre;

import app.marquee.domain.catalog.shared.LocalizedName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenreTest {
    private static final LocalizedName DRAMA = new LocalizedName("Drama", "Drame");

    @Test
    void aNewGenreHasItsSlugAndNames() {
        Genre genre = Genre.create("drama", DRAMA);

        assertThat(genre.slug()).isEqualTo("drama");
        assertThat(genre.name()).isEqualTo(DRAMA);
        assertThat(genre.version()).isZero();
        assertThat(genre.id()).isNotEqualTo(Genre.create("drama", DRAMA).id());
    }

    @Test
    void aSlugIsLowerCaseWordsJoinedByHyphens() {
        for (String good : new String[] {"drama", "science-fiction", "film-noir-1940s", "x".repeat(40)}) {
            assertThat(Genre.isValidSlug(good)).as(good).isTrue();
        }
        for (String bad : new String[] {"", "Drama", "science fiction", "-drama", "drama-", "film--noir", "comédie",
                "x".repeat(41), "drama\n"}) {
            assertThat(Genre.isValidSlug(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> Genre.create(bad, DRAMA)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(Genre.isValidSlug(null)).isFalse();
    }

    @Test
    void renamingKeepsTheSlug() {
        Genre genre = Genre.create("drama", DRAMA);
        LocalizedName renamed = new LocalizedName("Dramas", "Drames");

        genre.rename(renamed);

        assertThat(genre.name()).isEqualTo(renamed);
        assertThat(genre.slug()).isEqualTo("drama");
    }

    @Test
    void rehydratingKeepsWhatWasStoredAndStillChecksTheSlug() {
        GenreId id = GenreId.newId();

        Genre stored = Genre.rehydrate(id, "comedy", DRAMA, 4);

        assertThat(stored.id()).isEqualTo(id);
        assertThat(stored.version()).isEqualTo(4);
        assertThatThrownBy(() -> Genre.rehydrate(id, "Not A Slug", DRAMA, 4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
