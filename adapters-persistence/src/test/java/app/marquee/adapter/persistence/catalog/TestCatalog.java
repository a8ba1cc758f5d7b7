package app.marquee.adapter.persistence.catalog;

import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.shared.LocalizedName;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Catalog data for tests. Each test makes its own words, genres and people from a tag no other
 * test uses, and searches within them, so tests share one database in any order.
 */
final class TestCatalog {
    private TestCatalog() {
    }

    /** A word of 11 letters no other test uses: a genre slug, a word of a title, a name. */
    static String tag() {
        StringBuilder word = new StringBuilder("q");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString();
    }

    /** Now, to the microsecond PostgreSQL keeps. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    static Genre genre(String slug) {
        return Genre.create(slug, new LocalizedName("Genre " + slug, "Genre " + slug));
    }

    static Person person(String name) {
        return Person.create(name);
    }

    static TitleDetails details(String name, Optional<String> originalName, int year, OptionalInt runtime,
                                Set<GenreId> genres, List<Credit> credits) {
        return new TitleDetails(name, originalName, "", year, runtime, genres, Optional.empty(), credits,
                Set.of(new LanguageCode("en")), Set.of(), Optional.empty());
    }

    /** A film of 100 minutes, in {@code status}, with no original name nor credits. */
    static Title movie(String name, int year, TitleStatus status, Set<GenreId> genres) {
        return title(TitleKind.MOVIE, details(name, Optional.empty(), year, OptionalInt.of(100), genres, List.of()),
                status);
    }

    static Title title(TitleKind kind, TitleDetails details, TitleStatus status) {
        Instant at = now();
        return Title.rehydrate(TitleId.newId(), kind, details, status, Map.of(), at, at, 0);
    }
}
