package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.title.TitleId;

import java.util.Map;
import java.util.Objects;

/**
 * A title that might be recommended, with {@code coFavorites}: for each title the viewer liked,
 * how many other accounts favorite both that title and this one. A liked title missing from the
 * map shares no audience with it.
 */
public record Candidate(TitleFeatures title, Map<TitleId, Long> coFavorites) {
    public Candidate {
        Objects.requireNonNull(title, "title");
        coFavorites = Map.copyOf(coFavorites);
        if (coFavorites.values().stream().anyMatch(count -> count < 0)) {
            throw new IllegalArgumentException("co-favorite counts are never negative");
        }
    }

    public static Candidate of(TitleFeatures title) {
        return new Candidate(title, Map.of());
    }

    public long coFavoritesWith(TitleId liked) {
        return coFavorites.getOrDefault(liked, 0L);
    }
}
