package app.marquee.domain.sales.event;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageSlot;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Something an organiser sells tickets for (a concert, a play, a school gala), owned by the
 * account that created it; its dates are shows. Only the owner or an ADMIN may change it, anyone
 * else is told EVENT_NOT_FOUND. It starts as a DRAFT, goes ON_SALE (and may come back to DRAFT
 * while nothing is sold, which the show decides), and once CANCELLED it is frozen. It may belong
 * to a tour of the same owner. It may show a poster and a backdrop, changed by whoever may edit it.
 * What buyers see of its status (SOLD_OUT, PAST) follows from its shows: {@link EventStandingPolicy}.
 */
public final class Event {
    private final EventId id;
    private EventDetails details;
    private final AccountId owner;
    private Optional<TourId> tour;
    private EventStatus status;
    private final Map<ImageSlot, ImageRef> images;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Event(EventId id, EventDetails details, AccountId owner, Optional<TourId> tour, EventStatus status,
                  Map<ImageSlot, ImageRef> images, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.details = Objects.requireNonNull(details);
        this.owner = Objects.requireNonNull(owner);
        this.tour = Objects.requireNonNull(tour);
        this.status = Objects.requireNonNull(status);
        this.images = new EnumMap<>(ImageSlot.class);
        this.images.putAll(images);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** A new event, a DRAFT owned by the operator who announces it. */
    public static Event announce(EventDetails details, AccountId owner, Instant now) {
        return new Event(EventId.newId(), details, owner, Optional.empty(), EventStatus.DRAFT, Map.of(), now, now,
                0);
    }

    /** For the persistence adapter only. */
    public static Event rehydrate(EventId id, EventDetails details, AccountId owner, Optional<TourId> tour,
                                  EventStatus status, Map<ImageSlot, ImageRef> images, Instant createdAt,
                                  Instant updatedAt, long version) {
        return new Event(id, details, owner, tour, status, images, createdAt, updatedAt, version);
    }

    public Outcome<Event> revise(EventDetails revised, Editor editor, Instant now) {
        return editable(editor).map(event -> {
            details = revised;
            updatedAt = now;
            return this;
        });
    }

    /** Joins a tour; a tour the event's owner does not own is, to this editor, TOUR_NOT_FOUND. */
    public Outcome<Event> joinTour(Tour joined, Editor editor, Instant now) {
        return editable(editor).flatMap(event -> {
            if (!joined.owner().equals(owner)) {
                return Outcome.rejected(SalesRejection.TOUR_NOT_FOUND);
            }
            tour = Optional.of(joined.id());
            updatedAt = now;
            return Outcome.accepted(this);
        });
    }

    public Outcome<Event> leaveTour(Editor editor, Instant now) {
        return editable(editor).map(event -> {
            tour = Optional.empty();
            updatedAt = now;
            return this;
        });
    }

    public Outcome<Event> putOnSale(Editor editor, Instant now) {
        return moveTo(EventStatus.ON_SALE, editor, now);
    }

    public Outcome<Event> backToDraft(Editor editor, Instant now) {
        return moveTo(EventStatus.DRAFT, editor, now);
    }

    /** Shows this picture in the slot, in place of the one shown; a cancelled event is frozen. */
    public Outcome<Event> show(ImageSlot slot, ImageRef image, Editor editor, Instant now) {
        Objects.requireNonNull(image, "image");
        return editable(editor).map(event -> {
            images.put(slot, image);
            updatedAt = now;
            return this;
        });
    }

    /** For good: the shows' orders are refunded by the sales engine. */
    public Outcome<Event> cancel(Editor editor, Instant now) {
        return moveTo(EventStatus.CANCELLED, editor, now);
    }

    private Outcome<Event> moveTo(EventStatus target, Editor editor, Instant now) {
        return editable(editor).map(event -> {
            status = target;
            updatedAt = now;
            return this;
        });
    }

    private Outcome<Event> editable(Editor editor) {
        if (!editor.mayEdit(owner)) {
            return Outcome.rejected(SalesRejection.EVENT_NOT_FOUND);
        }
        if (status == EventStatus.CANCELLED) {
            return Outcome.rejected(SalesRejection.EVENT_CANCELLED);
        }
        return Outcome.accepted(this);
    }

    public EventId id() {
        return id;
    }

    public EventDetails details() {
        return details;
    }

    public AccountId owner() {
        return owner;
    }

    public Optional<TourId> tour() {
        return tour;
    }

    public EventStatus status() {
        return status;
    }

    public Optional<ImageRef> image(ImageSlot slot) {
        return Optional.ofNullable(images.get(slot));
    }

    public Map<ImageSlot, ImageRef> images() {
        return Map.copyOf(images);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
