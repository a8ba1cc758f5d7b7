package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Builds the features of a hand-made title for a test. Ids come from names, so a test names
 * "Amélie" and "Jean-Pierre Jeunet" and the same words always give the same ids.
 */
final class Film {
    private final String name;
    private final Set<GenreId> genres = new HashSet<>();
    private final Set<CreditedPerson> people = new HashSet<>();
    private final Set<LanguageCode> languages = new HashSet<>();
    private TitleStatus status = TitleStatus.PUBLISHED;
    private int year = 2000;
    private long popularity;
    private long favorites;

    private Film(String name) {
        this.name = name;
    }

    static Film film(String name) {
        return new Film(name);
    }

    static TitleId idOf(String name) {
        return new TitleId(uuid("title:" + name));
    }

    static GenreId genre(String slug) {
        return new GenreId(uuid("genre:" + slug));
    }

    static PersonId person(String name) {
        return new PersonId(uuid("person:" + name));
    }

    Film genres(String... slugs) {
        Arrays.stream(slugs).map(Film::genre).forEach(genres::add);
        return this;
    }

    Film director(String person) {
        return credit(person, CreditRole.DIRECTOR);
    }

    Film writer(String person) {
        return credit(person, CreditRole.WRITER);
    }

    Film actors(String... names) {
        Arrays.stream(names).forEach(actor -> credit(actor, CreditRole.ACTOR));
        return this;
    }

    Film year(int releaseYear) {
        this.year = releaseYear;
        return this;
    }

    Film language(String code) {
        languages.add(new LanguageCode(code));
        return this;
    }

    Film popularity(long value) {
        this.popularity = value;
        return this;
    }

    Film favoritedBy(long accounts) {
        this.favorites = accounts;
        return this;
    }

    Film status(TitleStatus value) {
        this.status = value;
        return this;
    }

    TitleFeatures features() {
        return new TitleFeatures(idOf(name), name, status, genres, people, year, languages, popularity, favorites);
    }

    private Film credit(String person, CreditRole role) {
        people.add(new CreditedPerson(person(person), person, role));
        return this;
    }

    private static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
