package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.screening.ScreeningFilter;
import app.marquee.application.sales.screening.ScreeningView;
import app.marquee.application.sales.screening.port.out.ScreeningsPort;
import app.marquee.application.sales.screening.port.out.ScreeningsPort.ScreeningCursor;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.screening.Screening;
import app.marquee.domain.sales.screening.ScreeningId;
import app.marquee.domain.sales.screening.ScreeningVersion;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Screenings in PostgreSQL, as rows of {@code shows} with their price tiers. A screening that an
 * exclusion constraint finds overlapping another of its room (one the caller could not see yet)
 * is not written, and is refused with SCREENING_OVERLAP naming that one, as the domain would.
 */
@Singleton
public class ScreeningPersistenceAdapter implements ScreeningsPort {
    private final ScreeningRepository screenings;
    private final ShowRepository shows;
    private final AreaStockRepository stock;

    ScreeningPersistenceAdapter(ScreeningRepository screenings, ShowRepository shows, AreaStockRepository stock) {
        this.screenings = screenings;
        this.shows = shows;
        this.stock = stock;
    }

    @Override
    public List<Screening> inRoomBetween(VenueId room, Instant from, Instant to) {
        return screenings.inRoomBetween(room.value(), from, to).stream().map(row -> new Screening(
                new ScreeningId(row.id()), room, new TitleId(row.titleId()), row.startsAt(), row.endsAt(),
                ScreeningVersion.valueOf(row.screeningVersion()), Projection.valueOf(row.projection()))).toList();
    }

    @Override
    @Transactional
    public Outcome<Show> add(Show screening, ScreeningVersion version, Projection projection) {
        ShowRow row = ShowMapper.toRow(screening);
        if (screenings.insert(row.id(), row.venueId(), row.titleId(), row.startsAt(), row.endsAt(), row.timeZone(),
                row.currency(), row.salesOpenAt(), row.salesCloseAt(), row.perOrderMax(), row.lifecycle(),
                version.name(), projection.name(), row.version()) == 0) {
            List<String> inTheWay = screenings.firstInTheWay(row.venueId(), row.startsAt(), row.endsAt())
                    .map(UUID::toString).stream().toList();
            return Outcome.rejected(Rejection.about(SalesRejection.SCREENING_OVERLAP, inTheWay));
        }
        List<PriceTier> tiers = screening.terms().tiers();
        shows.insertTiers(row.id(), VenueMapper.column(tiers, PriceTier::id), VenueMapper.column(tiers, PriceTier::name),
                VenueMapper.column(tiers, tier -> ShowMapper.key(tier.name())),
                VenueMapper.column(tiers, tier -> ShowMapper.joined(tier.seatKinds())),
                VenueMapper.column(tiers, tier -> ShowMapper.joined(tier.areas())),
                VenueMapper.column(tiers, tier -> tier.price().minor()),
                tiers.stream().map(tier -> tier.conditions().orElse(null)).toArray(String[]::new));
        stock.addForShow(row.id(), row.venueId());
        return Outcome.accepted(screening);
    }

    @Override
    @Transactional
    public List<ScreeningView> list(ScreeningFilter filter, Optional<ScreeningCursor> after, int max, Instant now) {
        List<ScreeningListRow> rows = screenings.list(filter.date().map(Object::toString).orElse(null),
                filter.title().map(Object::toString).orElse(null), filter.room().map(Object::toString).orElse(null),
                after.map(cursor -> cursor.startsAt().toString()).orElse(null),
                after.map(cursor -> cursor.id().value().toString()).orElse(null), max, now);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<PriceTierRow>> tiers = shows.tiersOf(rows.stream().map(row -> row.id().toString())
                .toArray(String[]::new)).stream().collect(Collectors.groupingBy(PriceTierRow::showId));
        return rows.stream().map(row -> new ScreeningView(ShowMapper.toDomain(row.show(),
                        tiers.getOrDefault(row.id(), List.of())), ScreeningVersion.valueOf(row.screeningVersion()),
                Projection.valueOf(row.projection()), row.remainingSeats())).toList();
    }
}
