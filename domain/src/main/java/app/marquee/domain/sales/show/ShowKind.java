package app.marquee.domain.sales.show;

/** What a show is an occurrence of: a date of a live event, or the screening of a catalog title. */
public enum ShowKind {
    EVENT_DATE,
    SCREENING
}
