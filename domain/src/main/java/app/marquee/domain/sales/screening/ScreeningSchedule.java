package app.marquee.domain.sales.screening;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The screenings of one cinema room. Two screenings never share the room: each holds it from its
 * start to its end (start + trailers + runtime + cleaning), half-open, so back to back is fine.
 * A screening that would overlap is refused with SCREENING_OVERLAP naming the one in the way
 * (the earliest, if several are).
 */
public final class ScreeningSchedule {
    private final VenueId room;
    private final ScreeningTimes times;
    private final List<Screening> screenings;

    public ScreeningSchedule(VenueId room, ScreeningTimes times, List<Screening> screenings) {
        this.room = Objects.requireNonNull(room);
        this.times = Objects.requireNonNull(times);
        if (screenings.stream().anyMatch(screening -> !screening.room().equals(room))) {
            throw new IllegalArgumentException("a schedule holds the screenings of its own room");
        }
        this.screenings = screenings.stream().sorted(Comparator.comparing(Screening::start)).toList();
    }

    public Outcome<Screening> schedule(TitleId title, Instant start, Duration runtime, ScreeningVersion version,
                                       Projection projection) {
        return place(ScreeningId.newId(), title, start, runtime, version, projection);
    }

    /** Moves a screening to another start, judged against every other screening of the room. */
    public Outcome<Screening> move(Screening moved, Instant start, Duration runtime) {
        return place(moved.id(), moved.title(), start, runtime, moved.version(), moved.projection());
    }

    private Outcome<Screening> place(ScreeningId id, TitleId title, Instant start, Duration runtime,
                                     ScreeningVersion version, Projection projection) {
        Instant end = times.end(start, runtime);
        Optional<Screening> inTheWay = screenings.stream()
                .filter(other -> !other.id().equals(id) && other.overlaps(start, end)).findFirst();
        if (inTheWay.isPresent()) {
            return Outcome.rejected(Rejection.about(SalesRejection.SCREENING_OVERLAP,
                    List.of(inTheWay.get().id().toString())));
        }
        return Outcome.accepted(new Screening(id, room, title, start, end, version, projection));
    }

    public List<Screening> screenings() {
        return screenings;
    }
}
