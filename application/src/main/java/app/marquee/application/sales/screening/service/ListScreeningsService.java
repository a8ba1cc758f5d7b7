package app.marquee.application.sales.screening.service;

import app.marquee.application.sales.paging.PagePosition;
import app.marquee.application.sales.paging.PageSlice;
import app.marquee.application.sales.screening.ScreeningView;
import app.marquee.application.sales.screening.port.in.ListScreeningsQuery;
import app.marquee.application.sales.screening.port.out.ScreeningsPort;
import app.marquee.application.sales.screening.port.out.ScreeningsPort.ScreeningCursor;
import app.marquee.application.shared.StorableInstants;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Pages through screenings by start (then id); one row more than asked tells whether a next page exists. */
@Singleton
public class ListScreeningsService implements ListScreeningsQuery {
    private final ScreeningsPort screenings;
    private final Clock clock;

    public ListScreeningsService(ScreeningsPort screenings, Clock clock) {
        this.screenings = screenings;
        this.clock = clock;
    }

    @Override
    public Outcome<ScreeningPage> list(Listing listing) {
        return PagePosition.read(listing.after()).flatMap(ListScreeningsService::cursor).map(after -> {
            PageSlice<ScreeningView> slice = PageSlice.of(screenings.list(listing.filter(), after,
                    listing.limit() + 1, clock.instant()), listing.limit(), ListScreeningsService::position);
            return new ScreeningPage(slice.items(), slice.next());
        });
    }

    private static PagePosition position(ScreeningView view) {
        return new PagePosition(view.show().startsAt().toString(), view.show().id().value());
    }

    private static Outcome<Optional<ScreeningCursor>> cursor(Optional<PagePosition> position) {
        if (position.isEmpty()) {
            return Outcome.accepted(Optional.empty());
        }
        try {
            Instant startsAt = Instant.parse(position.get().key());
            if (StorableInstants.storable(startsAt)) {
                return Outcome.accepted(Optional.of(new ScreeningCursor(startsAt, new ShowId(position.get().id()))));
            }
        } catch (DateTimeParseException notAnInstant) {
            // refused below, as any text this query did not write
        }
        return Outcome.rejected(Rejection.onField(SalesRejection.INVALID_CURSOR, "cursor"));
    }
}
