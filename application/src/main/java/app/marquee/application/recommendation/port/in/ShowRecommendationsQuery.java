package app.marquee.application.recommendation.port.in;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.recommendation.Recommendation;

import java.util.List;
import java.util.Objects;

/**
 * The viewer's recommendations as a screen shows them: each with its title as the catalog has it.
 * Every title listed is published when read: one that leaves the catalog meanwhile is dropped,
 * never shown.
 */
public interface ShowRecommendationsQuery {
    List<RecommendedTitle> show(RecommendTitlesQuery.Request request);

    record RecommendedTitle(Recommendation recommendation, Title title) {
        public RecommendedTitle {
            Objects.requireNonNull(recommendation, "recommendation");
            Objects.requireNonNull(title, "title");
        }
    }
}
