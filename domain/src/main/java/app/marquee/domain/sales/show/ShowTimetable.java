package app.marquee.domain.sales.show;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When a new show takes place and when it is sold. A show is scheduled in the future; it ends
 * {@link #DEFAULT_LENGTH} after its start unless the organiser says when; its sale opens now and
 * closes when it starts unless the organiser says otherwise, and never closes after the show ends.
 * A refusal is SHOW_TIMES_INVALID naming the field at fault.
 */
public record ShowTimetable(Instant startsAt, Instant endsAt, SalesWindow window) {
    public static final Duration DEFAULT_LENGTH = Duration.ofHours(3);

    public ShowTimetable {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(window, "window");
    }

    public static Outcome<ShowTimetable> plan(Instant startsAt, Optional<Instant> endsAt, Optional<Instant> salesOpenAt,
                                              Optional<Instant> salesCloseAt, Instant now) {
        if (!startsAt.isAfter(now)) {
            return invalid("startsAt");
        }
        Instant ends = endsAt.orElse(startsAt.plus(DEFAULT_LENGTH));
        if (!ends.isAfter(startsAt)) {
            return invalid("endsAt");
        }
        Instant closes = salesCloseAt.orElse(startsAt);
        if (closes.isAfter(ends)) {
            return invalid("salesCloseAt");
        }
        Instant opens = salesOpenAt.orElse(now);
        if (!opens.isBefore(closes)) {
            return invalid(salesOpenAt.isPresent() ? "salesOpenAt" : "salesCloseAt");
        }
        return Outcome.accepted(new ShowTimetable(startsAt, ends, new SalesWindow(opens, closes)));
    }

    private static Outcome<ShowTimetable> invalid(String field) {
        return Outcome.rejected(Rejection.onField(SalesRejection.SHOW_TIMES_INVALID, field));
    }
}
