package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.show.port.out.CancelShowsOfEventPort;
import app.marquee.application.sales.show.port.out.LoadShowPort;
import app.marquee.application.sales.show.port.out.SaveShowPort;
import app.marquee.application.sales.show.port.out.VenueForShowPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Shows in PostgreSQL with their price tiers (one statement for all of a show's tiers). A new
 * show's venue is read under a shared row lock ({@code FOR SHARE}) that a seat-map write or a
 * venue deletion ({@code FOR UPDATE}, see {@link SeatsInUsePersistenceAdapter}) waits for and
 * makes wait; the foreign key keeps a venue with shows. A new show gets a stock row for every
 * area of its venue ({@code show_area_stock}, nothing taken). A status change is a conditional UPDATE
 * at the version read: the loser of a race gets CONCURRENT_UPDATE.
 */
@Singleton
public class ShowPersistenceAdapter implements SaveShowPort, LoadShowPort, VenueForShowPort, CancelShowsOfEventPort {
    private final ShowRepository shows;
    private final VenuePersistenceAdapter venues;
    private final AreaStockRepository stock;
    private final CancellationPersistenceAdapter sales;

    ShowPersistenceAdapter(ShowRepository shows, VenuePersistenceAdapter venues, AreaStockRepository stock,
                           CancellationPersistenceAdapter sales) {
        this.shows = shows;
        this.venues = venues;
        this.stock = stock;
        this.sales = sales;
    }

    @Override
    @Transactional
    public Optional<Venue> lockedForShow(VenueId id) {
        return shows.lockVenueForShow(id.value()).flatMap(locked -> venues.byId(id));
    }

    @Override
    @Transactional
    public Show add(Show show) {
        ShowRow row = ShowMapper.toRow(show);
        shows.insert(row.id(), row.kind(), row.venueId(), text(row.eventId()), text(row.titleId()), row.startsAt(),
                row.endsAt(), row.timeZone(), row.currency(), row.salesOpenAt(), row.salesCloseAt(), row.perOrderMax(),
                row.lifecycle(), row.version());
        List<PriceTier> tiers = show.terms().tiers();
        shows.insertTiers(row.id(), VenueMapper.column(tiers, PriceTier::id), VenueMapper.column(tiers, PriceTier::name),
                VenueMapper.column(tiers, tier -> ShowMapper.key(tier.name())),
                VenueMapper.column(tiers, tier -> ShowMapper.joined(tier.seatKinds())),
                VenueMapper.column(tiers, tier -> ShowMapper.joined(tier.areas())),
                VenueMapper.column(tiers, tier -> tier.price().minor()),
                tiers.stream().map(tier -> tier.conditions().orElse(null)).toArray(String[]::new));
        stock.addForShow(row.id(), row.venueId());
        return show;
    }

    @Override
    public Outcome<Show> updateLifecycle(Show show) {
        if (shows.updateLifecycleAtVersion(show.id().value(), show.version(), show.lifecycle().name()) == 0) {
            return Outcome.rejected(SalesRejection.CONCURRENT_UPDATE);
        }
        return Outcome.accepted(ShowMapper.withLifecycle(show, show.version() + 1));
    }

    /** Also calls off what each of those shows sold ({@link CancellationPersistenceAdapter#cancelSales}). */
    @Override
    public int cancelUpcoming(EventId event, Instant now) {
        List<UUID> cancelled = shows.cancelUpcomingOf(event.value(), now);
        cancelled.forEach(show -> sales.cancelSales(new ShowId(show), now));
        return cancelled.size();
    }

    @Override
    @Transactional
    public Optional<Show> byId(ShowId id) {
        return shows.findById(id.value()).map(row -> ShowMapper.toDomain(row,
                shows.tiersOf(new String[] {row.id().toString()})));
    }

    @Override
    @Transactional
    public List<Show> ofEvent(EventId event) {
        List<ShowRow> rows = shows.ofEvent(event.value());
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PriceTierRow>> tiers = shows.tiersOf(rows.stream().map(row -> row.id().toString())
                .toArray(String[]::new)).stream().collect(Collectors.groupingBy(PriceTierRow::showId));
        return rows.stream().map(row -> ShowMapper.toDomain(row, tiers.getOrDefault(row.id(), List.of()))).toList();
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
