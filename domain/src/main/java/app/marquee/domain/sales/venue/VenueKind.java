package app.marquee.domain.sales.venue;

/** What a venue is: a hall (theatre, arena), a cinema room, or an open-air site. */
public enum VenueKind {
    HALL,
    CINEMA_ROOM,
    OPEN_AIR
}
