package app.marquee.domain.sales.event;

/** What kind of event it is, for browsing. */
public enum EventCategory {
    CONCERT,
    THEATRE,
    SPORT,
    CONFERENCE,
    SCHOOL,
    OTHER
}
