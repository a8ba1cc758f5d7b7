package app.marquee.domain.catalog.title;

/**
 * DRAFT titles are seen by admins only; PUBLISHED ones by everyone. A title that something still
 * refers to (a playlist, a watch history, a screening) is ARCHIVED rather than deleted: it leaves
 * browsing and search, and those references show it as unavailable.
 */
public enum TitleStatus {
    DRAFT, PUBLISHED, ARCHIVED;

    public boolean isVisibleToEveryone() {
        return this == PUBLISHED;
    }
}
