package app.marquee.application.sales.event.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.event.ShowTally;
import app.marquee.domain.sales.event.TourId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Reads events as stored, whoever owns them: the services decide who may see or change one. */
public interface LoadEventPort {
    Optional<Event> byId(EventId id);

    /** Only what decides who may see the event and its shows ({@code EventVisibility}): one small read. */
    Optional<EventAccess> accessOf(EventId id);

    /**
     * At most {@code max} events ordered by lower-cased title then id, after the position given:
     * those ON_SALE, those {@code owner} owns (when given), or every one when {@code everyone}; each
     * with its shows tallied at {@code now} as {@link TallyEventShowsPort} does, in the same query.
     */
    List<TalliedEvent> list(Optional<AccountId> owner, boolean everyone, Optional<EventCursor> after, int max,
                            Instant now);

    /** The events of a tour, by title. */
    List<Event> ofTour(TourId tour);

    /** Where a page of events ended: the last event's lower-cased title and id. */
    record EventCursor(String titleKey, EventId id) {
        public EventCursor {
            Objects.requireNonNull(titleKey, "titleKey");
            Objects.requireNonNull(id, "id");
        }
    }

    /** An event's status and owner. */
    record EventAccess(EventStatus status, AccountId owner) {
        public EventAccess {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(owner, "owner");
        }
    }

    /** An event with what its shows said when it was read. */
    record TalliedEvent(Event event, ShowTally shows) {
        public TalliedEvent {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(shows, "shows");
        }
    }
}
