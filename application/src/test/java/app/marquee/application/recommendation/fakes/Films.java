package app.marquee.application.recommendation.fakes;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.recommendation.CreditedPerson;
import app.marquee.domain.recommendation.TitleFeatures;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/** Hand-made titles for recommendation tests; ids come from names, so the same words give the same ids. */
public final class Films {
    private Films() {
    }

    public static TitleFeatures film(String name, String genre, String director, long popularity) {
        return film(name, genre, director, popularity, TitleStatus.PUBLISHED);
    }

    public static TitleFeatures film(String name, String genre, String director, long popularity, TitleStatus status) {
        return new TitleFeatures(new TitleId(uuid("title:" + name)), name, status, Set.of(genre(genre)),
                Set.of(new CreditedPerson(new PersonId(uuid("person:" + director)), director, CreditRole.DIRECTOR)),
                2000, Set.of(new LanguageCode("en")), popularity, 0);
    }

    public static GenreId genre(String slug) {
        return new GenreId(uuid("genre:" + slug));
    }

    private static UUID uuid(String key) {
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
