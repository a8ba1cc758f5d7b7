package app.marquee.application.recommendation.port.out;

/**
 * How many candidates a {@link RecommendationCandidatesPort} draws from each source, so that a
 * viewer with 50 favorites over 100,000 titles is scored over two thousand titles at most:
 * per person credited on a liked title, the {@code perPerson} most popular titles crediting them;
 * per genre of a liked title, the {@code perGenre} most popular titles of that genre; per liked
 * title, the {@code coFavoritedPerTitle} titles most often favorited by the same accounts; and the
 * {@code popular} most popular titles overall (for a viewer without history, only these). "Popular"
 * means by {@code titles.popularity}, ties to the smaller title id.
 *
 * <p>The standard figures come from the offline evaluation (see the README): on its data set, pools
 * drawn with them hit as often as pools four times larger, which cost four times as much to read
 * and score. A store may keep a bounded number of titles per person, per genre and overall, and of
 * co-favorites per title (seen and unpublished ones included): a bound above what is kept, or a
 * viewer who has seen many of them, draws fewer.
 */
public record CandidateBounds(int perPerson, int perGenre, int coFavoritedPerTitle, int popular) {
    public static final CandidateBounds STANDARD = new CandidateBounds(3, 10, 20, 30);

    public CandidateBounds {
        if (perPerson < 0 || perGenre < 0 || coFavoritedPerTitle < 0 || popular < 1) {
            throw new IllegalArgumentException("bounds are never negative, and some popular titles are always drawn");
        }
    }
}
