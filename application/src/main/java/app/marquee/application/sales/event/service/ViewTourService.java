package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.ViewTourQuery;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.LoadTourPort;
import app.marquee.application.sales.event.port.out.LoadTourPort.TourCursor;
import app.marquee.application.sales.paging.PagePosition;
import app.marquee.application.sales.paging.PageSlice;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.EventOwnership;
import app.marquee.domain.sales.event.Tour;
import app.marquee.domain.sales.event.TourId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A tour is its organiser's (and ADMINs'): anyone else is told TOUR_NOT_FOUND. */
@Singleton
public class ViewTourService implements ViewTourQuery {
    private final LoadTourPort tours;
    private final LoadEventPort events;

    public ViewTourService(LoadTourPort tours, LoadEventPort events) {
        this.tours = tours;
        this.events = events;
    }

    @Override
    public Outcome<TourWithEvents> view(TourId id, Editor reader) {
        return tours.byId(id).filter(tour -> EventOwnership.mayEdit(tour.owner(), reader.account(), reader.role()))
                .<Outcome<TourWithEvents>>map(tour -> Outcome.accepted(new TourWithEvents(tour, events.ofTour(id))))
                .orElse(Outcome.rejected(SalesRejection.TOUR_NOT_FOUND));
    }

    @Override
    public Outcome<TourPage> list(Editor reader, Optional<String> after, int limit) {
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit is 1 to 100");
        }
        Optional<AccountId> owner = reader.role() == Role.ADMIN ? Optional.empty() : Optional.of(reader.account());
        return PagePosition.read(after).map(position -> {
            PageSlice<Tour> slice = PageSlice.of(tours.list(owner,
                    position.map(at -> new TourCursor(at.key(), new TourId(at.id()))), limit + 1), limit,
                    tour -> new PagePosition(tour.name().toLowerCase(Locale.ROOT), tour.id().value()));
            return new TourPage(slice.items(), slice.next());
        });
    }
}
