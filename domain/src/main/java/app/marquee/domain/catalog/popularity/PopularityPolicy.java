package app.marquee.domain.catalog.popularity;

import java.time.Duration;
import java.time.Instant;

/**
 * How popular a title is, from what viewers do with it: the sum of each signal times its weight,
 * never below 0. The {@link #STANDARD} weights:
 * <ul>
 *   <li><b>favorite 3</b>: the strongest, kept on purpose and shown back to the viewer;</li>
 *   <li><b>like 2, dislike −2</b>: an explicit opinion, weaker than keeping the title; a title as
 *   often disliked as liked gains nothing from the argument;</li>
 *   <li><b>finished viewing 1</b>: someone watched it to 90 % — a quiet but honest signal;</li>
 *   <li><b>visible review 1</b>: someone cared to write; the stars already speak through likes, and a
 *   review a moderator hid earns nothing, so hiding spam also takes its weight away;</li>
 *   <li><b>playlist 1</b>: kept for later, however many of the viewer's playlists hold it.</li>
 * </ul>
 * Every signal counts <em>once per viewer and title</em>, so nobody inflates a title by making
 * twenty playlists or finishing every episode of a series. The score never drops below 0: the
 * search sort and the recommendations' log-scale prior expect a count, and a much disliked title
 * is simply not popular (it is not "less than unknown").
 * <p>
 * Decay: favorites, reactions, reviews and playlists are <em>current state</em> — a viewer who
 * changes their mind removes them, which is their own decay — so they count for as long as they
 * stand. Viewing is an <em>event</em> that only accumulates, so it counts only when the viewer
 * finished the title and watched it within the last {@code viewingWindow} (90 days, as the
 * "trending" rows of streaming services): a film everyone watched years ago does not crowd out
 * what people watch now.
 */
public record PopularityPolicy(int favorite, int like, int dislike, int finishedViewing, int visibleReview,
                               int playlist, Duration viewingWindow) {
    public static final PopularityPolicy STANDARD = new PopularityPolicy(3, 2, -2, 1, 1, 1, Duration.ofDays(90));

    public PopularityPolicy {
        if (favorite < 0 || like < 0 || finishedViewing < 0 || visibleReview < 0 || playlist < 0) {
            throw new IllegalArgumentException("favorites, likes, viewings, reviews and playlists never lower a title");
        }
        if (dislike > 0) {
            throw new IllegalArgumentException("a dislike never raises a title");
        }
        if (viewingWindow == null || viewingWindow.isNegative() || viewingWindow.isZero()) {
            throw new IllegalArgumentException("the viewing window is a positive duration");
        }
    }

    /** The title's popularity: the weighted sum of its signals, at least 0. */
    public long scoreOf(TitleSignals signals) {
        long sum = favorite * signals.favorites()
                + like * signals.likes()
                + dislike * signals.dislikes()
                + finishedViewing * signals.finishedViewers()
                + visibleReview * signals.visibleReviews()
                + playlist * signals.playlistOwners();
        return Math.max(0, sum);
    }

    /** A finished viewing counts when the viewer last watched the title at or after this instant. */
    public Instant viewingCountsSince(Instant now) {
        return now.minus(viewingWindow);
    }
}
