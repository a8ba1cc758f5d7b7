package app.marquee.domain.recommendation;

/**
 * What a viewer did with a title, strongest first. A favorite is a deliberate choice; finishing a
 * title is implicit approval; a LIKE reaction, kept lighter, is a tap. DISLIKE pushes similar
 * titles down. Any signal means the viewer knows the title, so it is never recommended back.
 */
public enum Signal {
    FAVORITE, FINISHED, LIKED, DISLIKED
}
