package app.marquee.domain.sales.venue;

/** What a venue offers its audience, shown to buyers and used to pick a room for a screening. */
public enum Equipment {
    DOLBY_ATMOS,
    THREE_D,
    IMAX,
    LASER_PROJECTION,
    WHEELCHAIR_ACCESS,
    HEARING_LOOP,
    AIR_CONDITIONING,
    STAGE,
    BAR,
    CLOAKROOM,
    PARKING
}
