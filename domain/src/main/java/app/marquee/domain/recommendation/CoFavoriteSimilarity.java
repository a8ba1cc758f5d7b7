package app.marquee.domain.recommendation;

/**
 * How much the audiences of two titles overlap: the cosine {@code co / sqrt(fav(c) * fav(l))},
 * where {@code co} accounts favorite both, damped by {@code co / (co + damping)}. Dividing by
 * both audiences keeps a title that everybody favorites from looking like everything.
 */
final class CoFavoriteSimilarity {
    private CoFavoriteSimilarity() {
    }

    /** Between 0 and 1; 0 when no account favorites both. */
    static double of(Candidate candidate, TitleFeatures liked, ScoringWeights weights) {
        long together = candidate.coFavoritesWith(liked.id());
        if (together == 0) {
            return 0;
        }
        double audiences = Math.sqrt((double) Math.max(together, candidate.title().favoriteCount())
                * Math.max(together, liked.favoriteCount()));
        return together / audiences * (together / (together + weights.coFavoriteDamping()));
    }
}
