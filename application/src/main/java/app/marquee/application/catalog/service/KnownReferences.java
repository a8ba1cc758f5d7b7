package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.out.GenresPort;
import app.marquee.application.catalog.port.out.PeoplePort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.genre.Genre;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.shared.Rejection;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A title may only name genres and people the catalog holds: an editor cannot file a film under a
 * genre that was never created, nor credit someone who does not exist. The check keeps what it
 * found from being deleted until the title is saved, so a concurrent delete is refused
 * (STILL_REFERENCED) or wins first (UNKNOWN_GENRE here), and never breaks the save.
 */
final class KnownReferences {
    private final GenresPort genres;
    private final PeoplePort people;

    KnownReferences(GenresPort genres, PeoplePort people) {
        this.genres = genres;
        this.people = people;
    }

    /** UNKNOWN_GENRE on {@code genreIds} or UNKNOWN_PERSON on {@code credits}; empty when all exist. */
    Optional<Rejection> unknownIn(TitleDetails details) {
        Set<GenreId> genreIds = details.genres();
        if (!genreIds.isEmpty() && !genres.byIdsForReference(genreIds).stream().map(Genre::id).collect(Collectors.toSet())
                .containsAll(genreIds)) {
            return Optional.of(Rejection.onField(CatalogRejection.UNKNOWN_GENRE, "genreIds"));
        }
        Set<PersonId> personIds = credited(details);
        if (!personIds.isEmpty() && !people.byIdsForReference(personIds).stream().map(Person::id).collect(Collectors.toSet())
                .containsAll(personIds)) {
            return Optional.of(Rejection.onField(CatalogRejection.UNKNOWN_PERSON, "credits"));
        }
        return Optional.empty();
    }

    static Set<PersonId> credited(TitleDetails details) {
        return details.credits().stream().map(Credit::personId).collect(Collectors.toUnmodifiableSet());
    }
}
