package app.marquee.domain.recommendation;

/**
 * Why a title is recommended, as a word the REST layer renders in the viewer's language. The
 * first four name a liked title ("Because you liked Amélie: same director"); the popular ones do
 * not.
 */
public enum ReasonKind {
    /** A director of a liked title directed it; names the liked title and the director. */
    SAME_DIRECTOR,
    /** A writer of a liked title wrote it; names the liked title and the writer. */
    SAME_WRITER,
    /** An actor of a liked title plays in it; names the liked title and the actor. */
    SAME_ACTOR,
    /** It shares genres with a liked title; names the liked title and the rarest genre they share. */
    SIMILAR_GENRES,
    /** Viewers who favorite a liked title favorite it too; names the liked title. */
    LIKED_BY_SIMILAR_VIEWERS,
    /** Popular, for a viewer with no history (or nothing closer to offer); names its genre. */
    POPULAR_IN_GENRE,
    /** Popular, and it has no genre to name. */
    POPULAR
}
