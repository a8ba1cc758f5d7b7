package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;

import java.util.Arrays;
import java.util.Comparator;

/**
 * A title's genres and people in id order: every sum the scorer takes runs in this order, so the
 * same title gives the same figures to the last bit however its sets were filled.
 */
final class Ordered {
    private static final Comparator<CreditedPerson> PEOPLE = Comparator.comparing((CreditedPerson p) -> p.id().value())
            .thenComparing(CreditedPerson::role);
    private static final Comparator<GenreId> GENRES = Comparator.comparing(GenreId::value);

    private Ordered() {
    }

    static GenreId[] genres(TitleFeatures title) {
        GenreId[] genres = title.genres().toArray(GenreId[]::new);
        Arrays.sort(genres, GENRES);
        return genres;
    }

    static CreditedPerson[] people(TitleFeatures title) {
        CreditedPerson[] people = title.people().toArray(CreditedPerson[]::new);
        Arrays.sort(people, PEOPLE);
        return people;
    }
}
