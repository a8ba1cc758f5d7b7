package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.event.port.out.LoadTourPort;
import app.marquee.application.sales.event.port.out.LoadTourPort.TourCursor;
import app.marquee.application.sales.event.port.out.SaveTourPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.event.Tour;
import app.marquee.domain.sales.event.TourId;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tours in PostgreSQL; an event points at its tour by a foreign key. Lists are ordered by the name
 * lower-cased here, as the services lower-case it into their cursors, so the two always agree.
 */
@Singleton
public class TourPersistenceAdapter implements LoadTourPort, SaveTourPort {
    private final TourRepository tours;

    TourPersistenceAdapter(TourRepository tours) {
        this.tours = tours;
    }

    @Override
    public Optional<Tour> byId(TourId id) {
        return tours.findById(id.value()).map(TourPersistenceAdapter::toDomain);
    }

    @Override
    public List<Tour> list(Optional<AccountId> owner, Optional<TourCursor> after, int max) {
        return tours.list(owner.map(account -> account.value().toString()).orElse(null),
                        after.map(TourCursor::nameKey).orElse(null),
                        after.map(cursor -> cursor.id().value().toString()).orElse(null), max).stream()
                .map(TourPersistenceAdapter::toDomain).toList();
    }

    @Override
    public Tour add(Tour tour) {
        tours.insert(tour.id().value(), tour.name(), tour.name().toLowerCase(Locale.ROOT), tour.owner().value(),
                tour.version());
        return tour;
    }

    private static Tour toDomain(TourRow row) {
        return Tour.rehydrate(new TourId(row.id()), row.name(), new AccountId(row.ownerId()), row.version());
    }
}
