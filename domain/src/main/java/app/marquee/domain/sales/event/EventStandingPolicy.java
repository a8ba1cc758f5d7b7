package app.marquee.domain.sales.event;

/**
 * An event's status as buyers see it. A DRAFT stays DRAFT and a CANCELLED event stays CANCELLED,
 * whatever its shows. An event ON_SALE is PAST once every one of its shows (cancelled ones aside)
 * has started, and it has at least one; SOLD_OUT when it has shows to come and not one of them
 * has a place left; ON_SALE otherwise (also while it has no show yet).
 */
public final class EventStandingPolicy {
    private EventStandingPolicy() {
    }

    public static EventStanding standing(EventStatus decided, ShowTally shows) {
        return switch (decided) {
            case DRAFT -> EventStanding.DRAFT;
            case CANCELLED -> EventStanding.CANCELLED;
            case ON_SALE -> onSale(shows);
        };
    }

    private static EventStanding onSale(ShowTally shows) {
        if (shows.shows() > 0 && shows.notStarted() == 0) {
            return EventStanding.PAST;
        }
        if (shows.notStarted() > 0 && shows.notStartedWithPlacesLeft() == 0) {
            return EventStanding.SOLD_OUT;
        }
        return EventStanding.ON_SALE;
    }
}
