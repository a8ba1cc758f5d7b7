package app.marquee.adapter.rest.web.recommendation;

import app.marquee.adapter.rest.web.library.TitleRefResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A recommended title, its score (comparable within one list only) and why, as a sentence and as data. */
@Serdeable
@Schema(name = "Recommendation")
public record RecommendationResponse(TitleRefResponse title,
                                     @Schema(description = "Higher is better; comparable within one list only",
                                             example = "0.42") double score,
                                     ReasonResponse reason) {

    @Serdeable
    @Schema(name = "RecommendationReason")
    public record ReasonResponse(
            @Schema(allowableValues = {"SAME_DIRECTOR", "SAME_WRITER", "SAME_ACTOR", "SIMILAR_GENRES",
                    "LIKED_BY_SIMILAR_VIEWERS", "POPULAR_IN_GENRE", "POPULAR"}) String kind,
            @Schema(description = "In the caller's language (Accept-Language: en, fr)",
                    example = "Because you liked Amélie: same director (Jean-Pierre Jeunet)") String text,
            @Nullable @Schema(nullable = true, description = "The liked title it comes from") Named title,
            @Nullable @Schema(nullable = true, description = "The person shared with it") Named person,
            @Nullable @Schema(nullable = true, description = "The genre, named in the caller's language")
            GenreRef genre) {
    }

    @Serdeable
    @Schema(name = "RecommendationNamed")
    public record Named(UUID id, @Schema(example = "Amélie") String name) {
    }

    @Serdeable
    @Schema(name = "RecommendationGenre")
    public record GenreRef(@Schema(example = "drama") String slug, @Schema(example = "Drama") String name) {
    }

    @Serdeable
    @Schema(name = "RecommendationList")
    public record RecommendationList(List<RecommendationResponse> items) {
    }
}
