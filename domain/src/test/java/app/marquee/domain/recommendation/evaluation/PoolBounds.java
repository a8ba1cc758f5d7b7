package app.marquee.domain.recommendation.evaluation;

/**
 * How the evaluation draws each viewer's candidate pool, with the meaning of the application's
 * {@code CandidateBounds}: per person credited on a liked title its {@code perPerson} most popular
 * titles, per liked genre its {@code perGenre} most popular, per liked title the {@code coFavorited}
 * titles most often favorited with it, and the {@code popular} most popular titles. The database
 * keeps only each title's {@code coFavoritesKept} most co-favorited titles with their counts, so a
 * co-favorite count is known to the scorer only for those.
 */
record PoolBounds(int perPerson, int perGenre, int coFavorited, int popular, int coFavoritesKept) {
    /** The figures of {@code CandidateBounds.STANDARD} and the co-favorites the database keeps per title. */
    static final PoolBounds STANDARD = new PoolBounds(3, 10, 20, 30, 20);

    PoolBounds {
        if (coFavorited > coFavoritesKept) {
            throw new IllegalArgumentException("co-favorited candidates come from the kept co-favorites");
        }
    }

    @Override
    public String toString() {
        return "per person " + perPerson + ", per genre " + perGenre + ", co-favorited " + coFavorited
                + ", popular " + popular + ", co-favorites kept " + coFavoritesKept;
    }
}
