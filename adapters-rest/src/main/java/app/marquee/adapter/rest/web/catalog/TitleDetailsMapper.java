package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.web.catalog.TitleRequests.CreditBody;
import app.marquee.adapter.rest.web.catalog.TitleRequests.TitleBody;
import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleKind;
import io.micronaut.core.annotation.Nullable;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Turns a title body into the domain's {@link TitleDetails}, and a stored title back into a body
 * (what a merge patch applies to). Whatever the domain refuses becomes INVALID_VALUE on the field.
 */
final class TitleDetailsMapper {
    private static final List<String> FIELDS = List.of("title", "originalTitle", "synopsis", "releaseYear",
            "runtimeMinutes", "genreIds", "ageRating", "credits", "audioLanguages", "subtitleLanguages", "trailerUrl");
    /** A year every check accepts, standing in while the fields before the release year are judged. */
    private static final int NEUTRAL_YEAR = 2000;

    private TitleDetailsMapper() {
    }

    static TitleDetails details(TitleBody body) {
        OptionalInt runtime = body.runtimeMinutes() == null ? OptionalInt.empty()
                : OptionalInt.of(body.runtimeMinutes());
        Set<GenreId> genres = Set.copyOf(Fields.each("genreIds", body.genreIds(), GenreId::new));
        List<Credit> credits = credits(body.credits());
        Set<LanguageCode> audio = Set.copyOf(Fields.each("audioLanguages", body.audioLanguages(),
                LanguageCode::new));
        Set<LanguageCode> subtitles = Set.copyOf(Fields.each("subtitleLanguages", body.subtitleLanguages(),
                LanguageCode::new));
        Optional<URI> trailer = Optional.ofNullable(body.trailerUrl()).map(String::strip).filter(url -> !url.isEmpty())
                .map(url -> Fields.parse("trailerUrl", () -> URI.create(url)));
        int year = required(body.releaseYear(), "releaseYear");
        return Fields.stepwise(FIELDS, n -> new TitleDetails(body.title(),
                n > 1 ? Optional.ofNullable(body.originalTitle()) : Optional.empty(),
                n > 2 ? body.synopsis() : "",
                n > 3 ? year : NEUTRAL_YEAR,
                n > 4 ? runtime : OptionalInt.empty(),
                n > 5 ? genres : Set.of(),
                n > 6 ? Optional.ofNullable(body.ageRating()) : Optional.empty(),
                n > 7 ? credits : List.of(),
                n > 8 ? audio : Set.of(),
                n > 9 ? subtitles : Set.of(),
                n > 10 ? trailer : Optional.empty()));
    }

    private static List<Credit> credits(@Nullable List<CreditBody> bodies) {
        List<Credit> credits = new ArrayList<>();
        for (int i = 0; bodies != null && i < bodies.size(); i++) {
            CreditBody body = bodies.get(i);
            String at = "credits[" + i + "]";
            if (body == null) {
                throw Fields.invalid(at);
            }
            PersonId person = new PersonId(required(body.personId(), at + ".personId"));
            required(body.role(), at + ".role");
            int billing = required(body.billing(), at + ".billing");
            credits.add(Fields.stepwise(List.of(at + ".billing", at + ".character"), n -> new Credit(person,
                    body.role(), n > 1 ? Optional.ofNullable(body.character()) : Optional.empty(), billing)));
        }
        return credits;
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw Fields.invalid(field);
        }
        return value;
    }

    /** The body that would write this title as it is: what a JSON merge patch is applied to. */
    static TitleBody body(TitleKind kind, TitleDetails details) {
        return new TitleBody(kind, details.name(), details.originalName().orElse(null), details.synopsis(),
                details.releaseYear(),
                details.runtimeMinutes().isPresent() ? details.runtimeMinutes().getAsInt() : null,
                details.genres().stream().map(GenreId::value).sorted().toList(), details.ageRating().orElse(null),
                details.credits().stream().map(credit -> new CreditBody(credit.personId().value(), credit.role(),
                        credit.character().orElse(null), credit.billing())).toList(),
                details.audioLanguages().stream().map(LanguageCode::value).sorted().toList(),
                details.subtitleLanguages().stream().map(LanguageCode::value).sorted().toList(),
                details.trailerUrl().map(URI::toString).orElse(null));
    }
}
