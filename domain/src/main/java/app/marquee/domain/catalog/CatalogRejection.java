package app.marquee.domain.catalog;

/** Why the catalog refused something. Each name is a stable API error code. */
public enum CatalogRejection {
    TITLE_NOT_FOUND,
    GENRE_NOT_FOUND,
    PERSON_NOT_FOUND,
    SEASON_NOT_FOUND,
    EPISODE_NOT_FOUND,
    UNKNOWN_GENRE,
    UNKNOWN_PERSON,
    SEASON_NUMBER_TAKEN,
    EPISODE_NUMBER_TAKEN,
    GENRE_SLUG_TAKEN,
    NOT_A_SERIES,
    RUNTIME_REQUIRED,
    RUNTIME_NOT_ALLOWED,
    RELEASE_YEAR_OUT_OF_RANGE,
    TITLE_ARCHIVED,
    VERSION_MISMATCH,
    CONCURRENT_UPDATE,
    STILL_REFERENCED,
    INVALID_CURSOR
}
