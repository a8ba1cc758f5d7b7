package app.marquee.adapter.rest.web.catalog;

import app.marquee.domain.catalog.title.CreditRole;
import app.marquee.domain.catalog.title.TitleKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.List;
import java.util.UUID;

/**
 * Bodies of the title routes. The edge checks presence and the characters a database can hold;
 * the domain has the last word on every other rule (lengths, runtime, languages, trailer), and
 * a refusal names the field.
 */
final class TitleRequests {
    private TitleRequests() {
    }

    @Serdeable
    @Schema(name = "TitleWrite", description = "A film or a series as an editor writes it. Absent lists are empty.")
    record TitleBody(
            @NotNull @Schema(description = "Cannot change once created") TitleKind kind,
            @NotNull @Schema(example = "Amélie", maxLength = 200) String title,
            @Nullable @Schema(nullable = true, maxLength = 200,
                    example = "Le Fabuleux Destin d'Amélie Poulain") String originalTitle,
            @Nullable @Pattern(regexp = CatalogHttp.NO_NUL) @Schema(nullable = true, maxLength = 5000)
            String synopsis,
            @NotNull @Schema(description = "1888 to five years from now", example = "2001") Integer releaseYear,
            @Nullable @Schema(nullable = true, description = "1-999; films only", example = "122")
            Integer runtimeMinutes,
            @Nullable @Schema(description = "Ids of existing genres, at most 10") List<UUID> genreIds,
            @Nullable @Schema(nullable = true, example = "PG-13", description = "1-10 letters, digits, + or -")
            String ageRating,
            @Nullable @Valid List<CreditBody> credits,
            @Nullable @Schema(description = "ISO 639-1 codes", example = "[\"fr\"]") List<String> audioLanguages,
            @Nullable @Schema(description = "ISO 639-1 codes", example = "[\"en\", \"fr\"]")
            List<String> subtitleLanguages,
            @Nullable @Schema(nullable = true, description = "An http(s) address", example = "https://example.org/t")
            String trailerUrl) {
    }

    @Serdeable
    @Schema(name = "CreditWrite", description = "A person's part in a title; only actors play a character")
    record CreditBody(
            @NotNull UUID personId,
            @NotNull CreditRole role,
            @Nullable @Pattern(regexp = CatalogHttp.NO_CONTROL) @Schema(nullable = true, maxLength = 200)
            String character,
            @NotNull @Schema(description = "Order within the role, from 1 (top billing)", example = "1")
            Integer billing) {
    }

    /** Only documents PATCH's body, which is read as a JSON merge patch of a {@link TitleBody}. */
    @Schema(name = "TitlePatch", description = "JSON merge patch: absent fields are kept, null removes an optional"
            + " field or empties a list; title and releaseYear cannot be null; kind cannot change. status moves the"
            + " title between DRAFT, PUBLISHED and ARCHIVED.")
    record TitlePatch(@Nullable TitleKind kind, @Nullable String title, @Nullable String originalTitle,
                      @Nullable String synopsis, @Nullable Integer releaseYear, @Nullable Integer runtimeMinutes,
                      @Nullable List<UUID> genreIds, @Nullable String ageRating, @Nullable List<CreditBody> credits,
                      @Nullable List<String> audioLanguages, @Nullable List<String> subtitleLanguages,
                      @Nullable String trailerUrl,
                      @Nullable @Schema(allowableValues = {"DRAFT", "PUBLISHED", "ARCHIVED"}) String status) {
    }
}
