package app.marquee.adapter.rest.web.library;

import app.marquee.application.library.port.in.ListMyReviewsQuery;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/** One of my reviews with the title it is about (which may have left the catalog since). */
@Serdeable
@Schema(name = "MyReview")
public record MyReviewResponse(TitleRefResponse title, ReviewResponse review) {

    static MyReviewResponse of(ListMyReviewsQuery.Entry entry) {
        return new MyReviewResponse(TitleRefResponse.of(entry.title()), ReviewResponse.of(entry.review(), false));
    }

    @Serdeable
    @Schema(name = "MyReviewPage")
    public record MyReviewPage(@Schema(description = "Newest first") List<MyReviewResponse> items,
                               @Nullable @Schema(nullable = true, description = "Pass as cursor for the next page;"
                                       + " null on the last page") String nextCursor) {
    }
}
