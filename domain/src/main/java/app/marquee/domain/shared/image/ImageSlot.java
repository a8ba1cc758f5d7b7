package app.marquee.domain.shared.image;

/** The two pictures a title shows: a portrait poster and a landscape backdrop. */
public enum ImageSlot {
    POSTER, BACKDROP
}
