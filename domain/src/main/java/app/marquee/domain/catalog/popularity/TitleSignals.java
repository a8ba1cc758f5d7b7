package app.marquee.domain.catalog.popularity;

/**
 * What viewers have done with one title, each counted at most once per viewer: how many keep it
 * among their favorites, like it, dislike it, finished it within the viewing window, have a visible
 * (not hidden) review of it, and hold it in at least one of their playlists.
 */
public record TitleSignals(long favorites, long likes, long dislikes, long finishedViewers, long visibleReviews,
                           long playlistOwners) {
    public static final TitleSignals NONE = new TitleSignals(0, 0, 0, 0, 0, 0);

    public TitleSignals {
        if (favorites < 0 || likes < 0 || dislikes < 0 || finishedViewers < 0 || visibleReviews < 0
                || playlistOwners < 0) {
            throw new IllegalArgumentException("a count of viewers is never negative");
        }
    }
}
