package app.marquee.domain.recommendation;

import app.marquee.domain.catalog.genre.GenreId;

import java.util.Comparator;
import java.util.List;

/**
 * What a viewer without history is shown: the most popular titles, on a log scale between 0 and
 * 1 relative to the most popular candidate (so one blockbuster does not flatten the rest), each
 * "Popular in" its most common genre ("Popular in Drama") or, without a genre, just "Popular".
 */
final class PopularityPrior {
    private final double logOfMostPopular;
    private final Comparator<GenreId> mostCommonFirst;

    PopularityPrior(List<Candidate> candidates, FeatureFrequencies frequencies) {
        long mostPopular = candidates.stream().mapToLong(candidate -> candidate.title().popularity()).max().orElse(0);
        this.logOfMostPopular = Math.log1p(mostPopular);
        this.mostCommonFirst = Comparator.<GenreId>comparingLong(
                        genre -> frequencies.titlesPerGenre().getOrDefault(genre, 0L)).reversed()
                .thenComparing(GenreId::value);
    }

    double of(TitleFeatures title) {
        return logOfMostPopular == 0 ? 0 : Math.log1p(title.popularity()) / logOfMostPopular;
    }

    Reason reason(TitleFeatures title) {
        return title.genres().stream().min(mostCommonFirst).map(Reason::popularIn).orElseGet(Reason::popular);
    }
}
