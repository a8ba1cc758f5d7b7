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
    // playlists
    PLAYLIST_NOT_FOUND,
    PLAYLIST_NAME_TAKEN,
    PLAYLIST_FULL,
    PLAYLIST_ITEM_NOT_FOUND,
    TITLE_ALREADY_IN_PLAYLIST,
    POSITION_OUT_OF_RANGE,
    VERSION_MISMATCH
}
