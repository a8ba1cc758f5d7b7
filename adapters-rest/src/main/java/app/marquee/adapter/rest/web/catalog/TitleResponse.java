package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.web.image.ImageResponse;
import app.marquee.application.catalog.port.in.ViewTitleQuery.TitleView;
import app.marquee.domain.catalog.person.Person;
import app.marquee.domain.catalog.person.PersonId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.shared.image.ImageSlot;
import app.marquee.domain.catalog.title.LanguageCode;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A title in full: what editors wrote, its genres and credits by name, its seasons and episodes,
 * and what viewers think of it.
 */
@Serdeable
@Schema(name = "Title")
public record TitleResponse(
        UUID id,
        @Schema(allowableValues = {"MOVIE", "SERIES"}) String kind,
        @Schema(example = "Amélie") String title,
        @Nullable @Schema(nullable = true) String originalTitle,
        String synopsis,
        @Schema(example = "2001") int releaseYear,
        @Nullable @Schema(nullable = true, description = "Films only") Integer runtimeMinutes,
        @Nullable @Schema(nullable = true, example = "PG-13") String ageRating,
        List<GenreResponse> genres,
        @Schema(description = "Directors, then writers, then actors, each by billing") List<CreditResponse> credits,
        @Schema(description = "ISO 639-1") List<String> audioLanguages,
        @Schema(description = "ISO 639-1") List<String> subtitleLanguages,
        @Nullable @Schema(nullable = true) String trailerUrl,
        @Nullable @Schema(nullable = true, description = "The poster; null until one is uploaded")
        ImageResponse poster,
        @Nullable @Schema(nullable = true, description = "The backdrop; null until one is uploaded")
        ImageResponse backdrop,
        @Schema(description = "Series only; in number order") List<SeasonResponse> seasons,
        @Schema(allowableValues = {"DRAFT", "PUBLISHED", "ARCHIVED"}) String status,
        @Schema(description = "Also sent as the ETag") long version,
        @Nullable @Schema(nullable = true, example = "4.3", description = "Mean stars of the visible reviews,"
                + " rounded half up to one decimal; null without a visible review") BigDecimal averageRating,
        @Schema(description = "Visible reviews (hidden ones never count)") long reviewCount,
        long likeCount,
        long dislikeCount,
        Instant createdAt,
        Instant updatedAt) {

    static TitleResponse of(TitleView view, Locale locale) {
        Title title = view.title();
        TitleDetails details = title.details();
        Map<PersonId, String> names = view.people().stream()
                .collect(Collectors.toMap(Person::id, Person::name, (a, b) -> a));
        return new TitleResponse(title.id().value(), title.kind().name(), details.name(),
                details.originalName().orElse(null), details.synopsis(), details.releaseYear(),
                details.runtimeMinutes().isPresent() ? details.runtimeMinutes().getAsInt() : null,
                details.ageRating().orElse(null),
                view.genres().stream().map(genre -> GenreResponse.of(genre, locale))
                        .sorted(Comparator.comparing(GenreResponse::slug)).toList(),
                details.credits().stream()
                        .sorted(Comparator.comparing(Credit::role).thenComparingInt(Credit::billing))
                        .map(credit -> CreditResponse.of(credit, names::get)).toList(),
                codes(details.audioLanguages()), codes(details.subtitleLanguages()),
                details.trailerUrl().map(URI::toString).orElse(null), image(title, ImageSlot.POSTER),
                image(title, ImageSlot.BACKDROP),
                view.seasons().stream().sorted(Comparator.comparingInt(Season::number)).map(SeasonResponse::of)
                        .toList(),
                title.status().name(), title.version(), view.ratings().averageRating().orElse(null),
                view.ratings().reviewCount(), view.ratings().likeCount(), view.ratings().dislikeCount(),
                title.createdAt(), title.updatedAt());
    }

    private static ImageResponse image(Title title, ImageSlot slot) {
        return title.image(slot).map(image -> ImageResponse.of("/api/v1/titles/" + title.id().value(), slot, image))
                .orElse(null);
    }

    private static List<String> codes(Set<LanguageCode> languages) {
        return languages.stream().map(LanguageCode::value).sorted().toList();
    }

    @Serdeable
    @Schema(name = "Credit")
    public record CreditResponse(UUID personId, @Nullable @Schema(nullable = true) String name,
                                 @Schema(allowableValues = {"DIRECTOR", "WRITER", "ACTOR"}) String role,
                                 @Nullable @Schema(nullable = true, description = "Actors only") String character,
                                 int billing) {
        static CreditResponse of(Credit credit, Function<PersonId, String> names) {
            return new CreditResponse(credit.personId().value(), names.apply(credit.personId()), credit.role().name(),
                    credit.character().orElse(null), credit.billing());
        }
    }
}
