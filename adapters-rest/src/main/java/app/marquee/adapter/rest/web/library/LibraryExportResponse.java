package app.marquee.adapter.rest.web.library;

import app.marquee.application.library.port.in.ExportLibraryQuery.LibraryExport;
import app.marquee.application.library.port.in.ExportLibraryQuery.ReactionEntry;
import app.marquee.application.library.port.in.ExportLibraryQuery.ReviewEntry;
import app.marquee.domain.library.review.ModerationReason;
import app.marquee.domain.library.review.Review;
import app.marquee.domain.library.review.ReviewComment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The caller's whole library in their personal data export, nothing paged. Titles that left the
 * catalog stay, with their name and {@code available: false}. A review shows whether and when a
 * moderator hid or restored it, and why, but never who did.
 */
@Serdeable
@Schema(name = "LibraryExport")
public record LibraryExportResponse(
        @Schema(description = "Newest first") List<FavoriteResponse> favorites,
        @Schema(description = "Likes and dislikes, latest first") List<ExportedReaction> reactions,
        @Schema(description = "Newest first, hidden ones included") List<ExportedReview> reviews,
        @Schema(description = "By name, each with all its titles in order") List<PlaylistResponse> playlists,
        @Schema(description = "Every film and episode watched, last watched first") List<ProgressResponse> history) {

    public static LibraryExportResponse of(LibraryExport export) {
        return new LibraryExportResponse(
                export.favorites().stream().map(FavoriteResponse::of).toList(),
                export.reactions().stream().map(ExportedReaction::of).toList(),
                export.reviews().stream().map(ExportedReview::of).toList(),
                export.playlists().stream().map(PlaylistResponse::of).toList(),
                export.history().stream().map(ProgressResponse::of).toList());
    }

    @Serdeable
    @Schema(name = "ExportedReaction")
    public record ExportedReaction(TitleRefResponse title,
                                   @Schema(allowableValues = {"LIKE", "DISLIKE"}) String reaction,
                                   Instant reactedAt) {
        static ExportedReaction of(ReactionEntry entry) {
            return new ExportedReaction(TitleRefResponse.of(entry.title()), entry.reaction().reaction().name(),
                    entry.reaction().reactedAt());
        }
    }

    @Serdeable
    @Schema(name = "ExportedReview")
    public record ExportedReview(UUID id, TitleRefResponse title, @Schema(example = "4") int rating,
                                 @Nullable @Schema(nullable = true) String comment,
                                 Instant createdAt, Instant updatedAt,
                                 @Schema(description = "Hidden by a moderator: out of the public list and the"
                                         + " average") boolean hidden,
                                 @Nullable @Schema(nullable = true, description = "The last moderation decision,"
                                         + " null if none") ExportedModeration moderation) {
        static ExportedReview of(ReviewEntry entry) {
            Review review = entry.review();
            return new ExportedReview(review.id().value(), TitleRefResponse.of(entry.title()),
                    review.rating().stars(), review.comment().map(ReviewComment::text).orElse(null),
                    review.createdAt(), review.updatedAt(), review.isHidden(),
                    review.moderation().map(m -> new ExportedModeration(m.hidden(), m.at(),
                            m.reason().map(ModerationReason::text).orElse(null))).orElse(null));
        }
    }

    /** A moderation decision on the caller's review, without the moderator: that is someone else's data. */
    @Serdeable
    @Schema(name = "ExportedModeration")
    public record ExportedModeration(boolean hidden, Instant at, @Nullable @Schema(nullable = true) String reason) {
    }
}
