package app.marquee.adapter.rest.web.library;

import app.marquee.domain.library.reaction.Reaction;
import app.marquee.domain.library.reaction.TitleReaction;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.UUID;

/** The caller's like or dislike of a title. */
@Serdeable
@Schema(name = "Reaction")
public record ReactionResponse(UUID titleId, @Schema(allowableValues = {"LIKE", "DISLIKE"}) String reaction,
                               Instant reactedAt) {

    static ReactionResponse of(TitleReaction reaction) {
        return new ReactionResponse(reaction.title().value(), reaction.reaction().name(), reaction.reactedAt());
    }

    @Serdeable
    @Schema(name = "ReactionWrite")
    record ReactionBody(@NotNull @Schema(allowableValues = {"LIKE", "DISLIKE"}) Choice reaction) {
        Reaction checked() {
            return switch (reaction) {
                case LIKE -> Reaction.LIKE;
                case DISLIKE -> Reaction.DISLIKE;
            };
        }
    }

    /** What a caller may send; the wire's own type, so the domain enum can change without changing the API. */
    @Serdeable
    enum Choice {
        LIKE, DISLIKE
    }
}
