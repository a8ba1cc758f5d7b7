package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.port.in.ViewTourQuery;
import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.event.port.out.LoadTourPort;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.EventOwnership;
import app.marquee.domain.sales.event.Tour;
import app.marquee.domain.sales.event.TourId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/** A tour is its organiser's (and ADMINs'): anyone else is told TOUR_NOT_FOUND. */
@Singleton
public class ViewTourService implements ViewTourQuery {
    static final int MAX_TOURS = 200;
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
    public List<Tour> list(Editor reader) {
        return tours.list(reader.role() == Role.ADMIN ? Optional.empty() : Optional.of(reader.account()), MAX_TOURS);
    }
}
