package app.marquee.domain.catalog.title;

/** A film is watched in one sitting; a series is a set of seasons of episodes. */
public enum TitleKind {
    MOVIE, SERIES
}
