package app.marquee.domain.library;

/**
 * Why a viewer's library (favorites, playlists, watch progress, reviews, reactions) refused
 * something. Each name is a stable API error code; codes shared with other contexts (such as
 * TITLE_NOT_FOUND) keep the same meaning and HTTP status everywhere.
 */
public enum LibraryRejection {
    TITLE_NOT_FOUND,
    EPISODE_NOT_FOUND,
    CONCURRENT_UPDATE,
    INVALID_CURSOR,
    /** Progress on a series is kept per episode: the series itself cannot be "watched". */
    EPISODE_REQUIRED,
    POSITION_NEGATIVE,
    POSITION_BEYOND_RUNTIME,
    /** The viewer's history holds nothing for this title or episode. */
    PROGRESS_NOT_FOUND,
    // favorites, reactions, reviews
    FAVORITE_NOT_FOUND,
    REACTION_NOT_FOUND,
    REVIEW_NOT_FOUND,
    REVIEW_ALREADY_EXISTS,
    RATING_OUT_OF_RANGE,
    COMMENT_BLANK,
    COMMENT_TOO_LONG,
    MODERATION_FORBIDDEN,
    // playlists
    PLAYLIST_NOT_FOUND,
    PLAYLIST_NAME_TAKEN,
    PLAYLIST_FULL,
    PLAYLIST_ITEM_NOT_FOUND,
    TITLE_ALREADY_IN_PLAYLIST,
    POSITION_OUT_OF_RANGE,
    VERSION_MISMATCH
}
