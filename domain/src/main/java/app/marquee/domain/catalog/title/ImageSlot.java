package app.marquee.domain.catalog.title;

/** The two pictures a title shows: a portrait poster and a landscape backdrop. */
public enum ImageSlot {
    POSTER, BACKDROP
}
