package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.title.TitleId;

import java.util.Objects;

/**
 * A recommended title with its score (higher is better; comparable within one list, not across
 * viewers) and the reason that contributed most to it.
 */
public record Recommendation(TitleId titleId, double score, Reason reason) {
    public Recommendation {
        Objects.requireNonNull(titleId, "title id");
        Objects.requireNonNull(reason, "reason");
        if (!Double.isFinite(score) || score < 0) {
            throw new IllegalArgumentException("a score is a finite number, never negative");
        }
    }
}
