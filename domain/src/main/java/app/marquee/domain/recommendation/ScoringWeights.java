package app.marquee.domain.recommendation;

/**
 * Every number the {@link RecommendationScorer} uses, in one place.
 *
 * <p>How much each signal of the viewer counts: {@code favorite}, {@code finished}, {@code liked}
 * (a dislike does not add, it subtracts, see {@code aversion}).
 *
 * <p>How alike two titles are (each part between 0 and 1, the four weights summing to 1): the
 * rarest shared {@code director} and {@code writer}; the shared {@code actors}, one rare actor
 * counting half, two or more in full ({@code actorsForFullMatch}); and the {@code genres}, as a
 * cosine of the two titles' genres weighted by rarity. The same decade
 * ({@code decadeBonus}, half for a neighbouring decade) and a shared audio language
 * ({@code languageBonus}) strengthen a match but never make one on their own.
 *
 * <p>How the evidence mixes: {@code content} times the mean likeness to the liked titles, plus
 * {@code coFavorites} times the mean co-favorite cosine, {@code co / sqrt(fav(c) * fav(l))}, damped
 * by {@code co / (co + coFavoriteDamping)} so that two accounts favoriting the same pair of
 * obscure titles is not yet a pattern. Finally the score is multiplied by
 * {@code 1 - aversion * likeness to the closest disliked title}.
 */
public record ScoringWeights(double favorite, double finished, double liked,
                             double director, double writer, double actors, double genres,
                             int actorsForFullMatch, double decadeBonus, double languageBonus,
                             double content, double coFavorites, double coFavoriteDamping, double aversion) {

    /**
     * The weights in use. The mix (likeness 0.25, co-favorites 1) is the best of a sweep on the
     * offline evaluation described in the README: where other viewers' favorites exist they
     * predict best, and likeness then ranks among them and carries titles nobody favorites yet.
     */
    public static final ScoringWeights STANDARD = new ScoringWeights(1.0, 0.7, 0.5,
            0.40, 0.20, 0.25, 0.15, 2, 0.3, 0.1,
            0.25, 1.0, 2.0, 0.5);

    public ScoringWeights {
        for (double weight : new double[] {favorite, finished, liked, director, writer, actors, genres,
                decadeBonus, languageBonus, content, coFavorites, coFavoriteDamping, aversion}) {
            if (!Double.isFinite(weight) || weight < 0) {
                throw new IllegalArgumentException("weights are finite and never negative");
            }
        }
        if (Math.abs(director + writer + actors + genres - 1) > 1e-9) {
            throw new IllegalArgumentException("the likeness weights sum to 1");
        }
        if (actorsForFullMatch < 1 || aversion > 1 || favorite == 0) {
            throw new IllegalArgumentException("at least one actor, an aversion up to 1, a favorite that counts");
        }
    }

    /** Only what the titles have in common: the ablation that ignores other viewers. */
    public ScoringWeights contentOnly() {
        return new ScoringWeights(favorite, finished, liked, director, writer, actors, genres, actorsForFullMatch,
                decadeBonus, languageBonus, content, 0, coFavoriteDamping, aversion);
    }

    /** Only other viewers' favorites: the ablation that ignores what the titles are. */
    public ScoringWeights coFavoritesOnly() {
        return new ScoringWeights(favorite, finished, liked, director, writer, actors, genres, actorsForFullMatch,
                decadeBonus, languageBonus, 0, coFavorites, coFavoriteDamping, aversion);
    }

    double weightOf(Signal signal) {
        return switch (signal) {
            case FAVORITE -> favorite;
            case FINISHED -> finished;
            case LIKED -> liked;
            case DISLIKED -> 0;
        };
    }

    double strongestPossibleBonus() {
        return 1 + decadeBonus + languageBonus;
    }
}
