package app.marquee.domain.sales.show;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One sellable occurrence: a date of a live event at a venue, or the screening of a catalog title
 * in a cinema room. A show starts before it ends, and its sales window closes by its end at the
 * latest. It is created as a DRAFT, opened for sale, and may be cancelled by its organiser until
 * it ends; a cancelled show stays cancelled. PAST and SOLD_OUT are never stored (see
 * {@link ShowStatus}). A show sells only while {@link #acceptsSalesAt} says so; the store checks
 * the same in SQL: {@code status = 'ON_SALE' AND opens <= now AND now < closes AND now < ends_at}.
 */
public final class Show {
    /** The stored part of the status. */
    public enum Lifecycle { DRAFT, ON_SALE, CANCELLED }

    private final ShowId id;
    private final ShowKind kind;
    private final VenueId venue;
    private final Optional<EventId> event;
    private final Optional<TitleId> title;
    private final Instant startsAt;
    private final Instant endsAt;
    private final ZoneId zone;
    private final SaleTerms terms;
    private Lifecycle lifecycle;
    private final long version;

    private Show(ShowId id, ShowKind kind, VenueId venue, Optional<EventId> event, Optional<TitleId> title,
                 Instant startsAt, Instant endsAt, ZoneId zone, SaleTerms terms, Lifecycle lifecycle, long version) {
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
        this.venue = Objects.requireNonNull(venue);
        this.event = Objects.requireNonNull(event);
        this.title = Objects.requireNonNull(title);
        this.startsAt = Objects.requireNonNull(startsAt);
        this.endsAt = Objects.requireNonNull(endsAt);
        this.zone = Objects.requireNonNull(zone);
        this.terms = Objects.requireNonNull(terms);
        this.lifecycle = Objects.requireNonNull(lifecycle);
        this.version = version;
        if (event.isPresent() == title.isPresent() || event.isPresent() != (kind == ShowKind.EVENT_DATE)) {
            throw new IllegalArgumentException("an event date has an event, a screening a title");
        }
        if (!startsAt.isBefore(endsAt)) {
            throw new IllegalArgumentException("a show starts before it ends");
        }
        if (terms.window().closes().isAfter(endsAt)) {
            throw new IllegalArgumentException("a show's sale closes by its end at the latest");
        }
    }

    /** A new date of a live event, as a draft. */
    public static Show scheduleEventDate(EventId event, VenueId venue, Instant startsAt, Instant endsAt,
                                         ZoneId zone, SaleTerms terms) {
        return new Show(ShowId.newId(), ShowKind.EVENT_DATE, venue, Optional.of(event), Optional.empty(),
                startsAt, endsAt, zone, terms, Lifecycle.DRAFT, 0);
    }

    /** A new screening of a catalog title in a cinema room, as a draft. */
    public static Show scheduleScreening(TitleId title, VenueId room, Instant startsAt, Instant endsAt,
                                         ZoneId zone, SaleTerms terms) {
        return new Show(ShowId.newId(), ShowKind.SCREENING, room, Optional.empty(), Optional.of(title),
                startsAt, endsAt, zone, terms, Lifecycle.DRAFT, 0);
    }

    /** For the persistence adapter only. */
    public static Show rehydrate(ShowId id, ShowKind kind, VenueId venue, Optional<EventId> event,
                                 Optional<TitleId> title, Instant startsAt, Instant endsAt, ZoneId zone,
                                 SaleTerms terms, Lifecycle lifecycle, long version) {
        return new Show(id, kind, venue, event, title, startsAt, endsAt, zone, terms, lifecycle, version);
    }

    /** Puts a draft on sale (opening twice is harmless). Refused once cancelled or ended. */
    public Outcome<Show> openSales(Instant now) {
        Optional<SalesRejection> closed = closedFor(now);
        if (closed.isPresent()) {
            return Outcome.rejected(closed.get());
        }
        lifecycle = Lifecycle.ON_SALE;
        return Outcome.accepted(this);
    }

    /**
     * The organiser calls the show off: nothing more is sold, and every order is refunded in full
     * (see the refund policy). Refused when already cancelled or ended.
     */
    public Outcome<Show> cancel(Instant now) {
        Optional<SalesRejection> closed = closedFor(now);
        if (closed.isPresent()) {
            return Outcome.rejected(closed.get());
        }
        lifecycle = Lifecycle.CANCELLED;
        return Outcome.accepted(this);
    }

    /**
     * Whether a hold (or an order) may be taken now: SHOW_CANCELLED, SHOW_PAST, SHOW_NOT_ON_SALE
     * (a draft), SALES_WINDOW_NOT_OPEN or SALES_WINDOW_CLOSED, in that order, else accepted.
     */
    public Outcome<Show> acceptsSalesAt(Instant now) {
        Optional<SalesRejection> closed = closedFor(now);
        if (closed.isPresent()) {
            return Outcome.rejected(closed.get());
        }
        if (lifecycle == Lifecycle.DRAFT) {
            return Outcome.rejected(SalesRejection.SHOW_NOT_ON_SALE);
        }
        if (terms.window().hasNotOpenedAt(now)) {
            return Outcome.rejected(SalesRejection.SALES_WINDOW_NOT_OPEN);
        }
        if (terms.window().isClosedAt(now)) {
            return Outcome.rejected(SalesRejection.SALES_WINDOW_CLOSED);
        }
        return Outcome.accepted(this);
    }

    /** The status buyers see now; {@code nothingLeft} comes from the show's inventory. */
    public ShowStatus statusAt(Instant now, boolean nothingLeft) {
        if (lifecycle == Lifecycle.CANCELLED) {
            return ShowStatus.CANCELLED;
        }
        if (hasEndedAt(now)) {
            return ShowStatus.PAST;
        }
        if (lifecycle == Lifecycle.DRAFT) {
            return ShowStatus.DRAFT;
        }
        return nothingLeft ? ShowStatus.SOLD_OUT : ShowStatus.ON_SALE;
    }

    public boolean hasEndedAt(Instant now) {
        return !now.isBefore(endsAt);
    }

    private Optional<SalesRejection> closedFor(Instant now) {
        if (lifecycle == Lifecycle.CANCELLED) {
            return Optional.of(SalesRejection.SHOW_CANCELLED);
        }
        return hasEndedAt(now) ? Optional.of(SalesRejection.SHOW_PAST) : Optional.empty();
    }

    public ShowId id() {
        return id;
    }

    public ShowKind kind() {
        return kind;
    }

    public VenueId venue() {
        return venue;
    }

    public Optional<EventId> event() {
        return event;
    }

    public Optional<TitleId> title() {
        return title;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ZoneId zone() {
        return zone;
    }

    public SaleTerms terms() {
        return terms;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public long version() {
        return version;
    }
}
