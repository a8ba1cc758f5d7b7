package app.marquee.application.recommendation.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.recommendation.Recommendation;

import java.util.List;
import java.util.Objects;

/**
 * The titles a viewer is most likely to enjoy next, best first, each with a score and the
 * ingredients of a reason. Never a title the viewer favorited, finished, liked or disliked, never
 * one that is not published. A viewer without history gets what is popular.
 */
public interface RecommendTitlesQuery {
    List<Recommendation> recommend(Request request);

    /** {@code limit} is 1 to 50. */
    record Request(AccountId viewer, int limit) {
        public static final int MAX_LIMIT = 50;
        public static final int DEFAULT_LIMIT = 20;

        public Request {
            Objects.requireNonNull(viewer, "viewer");
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit is 1 to " + MAX_LIMIT);
            }
        }
    }
}
