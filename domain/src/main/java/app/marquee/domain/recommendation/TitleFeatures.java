package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the scorer knows of a title: its genres, the people credited on it, its release year
 * (compared by decade), its audio languages, and two audience figures. {@code popularity} is the
 * catalog's popularity (the prior for a viewer without history, and the tie-breaker);
 * {@code favoriteCount} is how many accounts favorite it, which normalises co-occurrence so that
 * a title everybody favorites does not look similar to everything.
 */
public record TitleFeatures(TitleId id, String name, TitleStatus status, Set<GenreId> genres,
                            Set<CreditedPerson> people, int releaseYear, Set<LanguageCode> languages,
                            long popularity, long favoriteCount) {
    public TitleFeatures {
        Objects.requireNonNull(id, "title id");
        Objects.requireNonNull(name, "title name");
        Objects.requireNonNull(status, "status");
        genres = Set.copyOf(genres);
        people = Set.copyOf(people);
        languages = Set.copyOf(languages);
        if (popularity < 0 || favoriteCount < 0) {
            throw new IllegalArgumentException("popularity and favorite count are never negative");
        }
    }

    /** 1990 for 1994; two titles of one decade feel closer than a year apart would suggest. */
    public int decade() {
        return Math.floorDiv(releaseYear, 10) * 10;
    }

    public boolean isPublished() {
        return status == TitleStatus.PUBLISHED;
    }

    public Set<CreditedPerson> credited(CreditRole role) {
        return people.stream().filter(person -> person.role() == role).collect(Collectors.toUnmodifiableSet());
    }

    public TitleMention mention() {
        return new TitleMention(id, name);
    }
}
