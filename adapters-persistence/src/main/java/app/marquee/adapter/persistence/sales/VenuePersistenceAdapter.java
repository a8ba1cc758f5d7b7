package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.venue.VenueSummary;
import app.marquee.application.sales.venue.port.out.LoadVenuePort;
import app.marquee.application.sales.venue.port.out.SaveVenuePort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.venue.Area;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.Section;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Venues in PostgreSQL. Every write applies at the version read (a conditional UPDATE that also
 * takes the venue's row lock), so of two writers at one version the second finds nothing to
 * update once the first commits and gets CONCURRENT_UPDATE. A seat map is written whole in the
 * same transaction: places it no longer has are deleted, the others inserted or rewritten by id,
 * under the unique keys (venue, seat label), (venue, section name), (venue, area name). The shows
 * of the venue that have not ended then sell its new areas, and the new places of an area that grew.
 */
@Singleton
public class VenuePersistenceAdapter implements LoadVenuePort, SaveVenuePort {
    private final VenueRepository venues;
    private final AreaStockRepository stock;
    private final DrawnSeatMaps drawn = new DrawnSeatMaps();

    VenuePersistenceAdapter(VenueRepository venues, AreaStockRepository stock) {
        this.venues = venues;
        this.stock = stock;
    }

    /**
     * The venue's row, and its seat map as drawn at the row's version: read from the database once
     * per version (a map is only ever written with its venue's version moved on), then kept.
     */
    @Override
    @Transactional
    public Optional<Venue> byId(VenueId id) {
        return venues.findById(id.value()).map(row -> VenueMapper.toDomain(row, drawn.at(row.id(), row.version(), row.updatedAt(),
                () -> VenueMapper.seatMap(venues.sectionsOf(row.id()), venues.seatsOf(row.id()),
                        venues.areasOf(row.id())))));
    }

    @Override
    public List<VenueSummary> list(Optional<VenueCursor> after, int max) {
        return venues.list(after.map(VenueCursor::nameKey).orElse(null),
                        after.map(cursor -> cursor.id().value().toString()).orElse(null), max)
                .stream().map(VenueMapper::toSummary).toList();
    }

    @Override
    @Transactional
    public Venue add(Venue venue) {
        VenueRow row = VenueMapper.toRow(venue);
        venues.insert(row.id(), row.name(), row.nameKey(), row.addressLines(), row.city(), row.postalCode(),
                row.country(), row.timeZone(), row.kind(), row.equipment(), row.createdAt(), row.updatedAt(),
                row.version());
        writeSeatMap(venue);
        return venue;
    }

    @Override
    public Outcome<Venue> update(Venue venue) {
        VenueRow row = VenueMapper.toRow(venue);
        if (venues.updateAtVersion(row.id(), row.version(), row.name(), row.nameKey(), row.addressLines(), row.city(),
                row.postalCode(), row.country(), row.timeZone(), row.kind(), row.equipment(), row.updatedAt()) == 0) {
            return Outcome.rejected(SalesRejection.CONCURRENT_UPDATE);
        }
        return Outcome.accepted(VenueMapper.nextVersion(venue));
    }

    @Override
    @Transactional
    public Outcome<Venue> updateSeatMap(Venue venue) {
        if (venues.touchAtVersion(venue.id().value(), venue.version(), venue.updatedAt()) == 0) {
            return Outcome.rejected(SalesRejection.CONCURRENT_UPDATE);
        }
        writeSeatMap(venue);
        stock.followSeatMap(venue.id().value(), venue.updatedAt());
        return Outcome.accepted(VenueMapper.nextVersion(venue));
    }

    @Override
    public Outcome<VenueId> delete(VenueId id) {
        return venues.delete(id.value()) == 0 ? Outcome.rejected(SalesRejection.VENUE_NOT_FOUND)
                : Outcome.accepted(id);
    }

    private void writeSeatMap(Venue venue) {
        UUID id = venue.id().value();
        List<Section> sections = venue.seatMap().sections();
        List<Seat> seats = venue.seatMap().seats();
        List<Area> areas = venue.seatMap().areas();
        venues.deleteSections(id);
        venues.insertSections(id, VenueMapper.column(sections, Section::name),
                VenueMapper.column(sections, section -> VenueMapper.key(section.name())));
        venues.deleteSeatsOtherThan(id, VenueMapper.column(seats, Seat::id));
        if (!seats.isEmpty()) {
            venues.upsertSeats(id, VenueMapper.column(seats, Seat::id), VenueMapper.column(seats, Seat::section),
                    VenueMapper.column(seats, Seat::row), VenueMapper.column(seats, Seat::rowIndex),
                    VenueMapper.column(seats, Seat::number), VenueMapper.column(seats, Seat::position),
                    VenueMapper.column(seats, Seat::kind));
        }
        venues.deleteAreasOtherThan(id, VenueMapper.column(areas, Area::id));
        if (!areas.isEmpty()) {
            venues.upsertAreas(id, VenueMapper.column(areas, Area::id), VenueMapper.column(areas, Area::name),
                    VenueMapper.column(areas, area -> VenueMapper.key(area.name())),
                    VenueMapper.column(areas, Area::capacity));
        }
    }
}
