package app.marquee.domain.library.reaction;

/** A viewer's thumbs up or down on a title. */
public enum Reaction {
    LIKE, DISLIKE
}
