package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.venue.VenueSummary;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.Area;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.Equipment;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatId;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatMap;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueId;
import app.marquee.domain.sales.venue.VenueKind;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Between venues and their rows; names are compared and ordered by keys lower-cased here, as the domain does. */
final class VenueMapper {
    private VenueMapper() {
    }

    static VenueRow toRow(Venue venue) {
        VenueDetails details = venue.details();
        return new VenueRow(venue.id().value(), details.name(), key(details.name()),
                details.address().lines().toArray(String[]::new), details.address().city(),
                details.address().postalCode(), details.address().country(), details.timeZone().getId(),
                details.kind().name(), details.equipment().stream().map(Enum::name).sorted().toArray(String[]::new),
                venue.createdAt(), venue.updatedAt(), venue.version());
    }

    static Venue toDomain(VenueRow row, List<String> sections, List<SeatRow> seats, List<AreaRow> areas) {
        return toDomain(row, seatMap(sections, seats, areas));
    }

    static SeatMap seatMap(List<String> sections, List<SeatRow> seats, List<AreaRow> areas) {
        return SeatMap.rehydrate(sections, seats.stream().map(VenueMapper::seat).toList(),
                areas.stream().map(area -> new Area(new AreaId(area.id()), area.name(), area.capacity())).toList());
    }

    static Venue toDomain(VenueRow row, SeatMap map) {
        return Venue.rehydrate(new VenueId(row.id()), details(row.name(), row.addressLines(), row.city(),
                row.postalCode(), row.country(), row.timeZone(), row.kind(), row.equipment()), map, row.createdAt(),
                row.updatedAt(), row.version());
    }

    static VenueSummary toSummary(VenueSummaryRow row) {
        return new VenueSummary(new VenueId(row.id()), details(row.name(), row.addressLines(), row.city(),
                row.postalCode(), row.country(), row.timeZone(), row.kind(), row.equipment()), row.seatCount(),
                row.areaCount(), row.seatCount() + row.areaCapacity(), row.updatedAt(), row.version());
    }

    static Venue nextVersion(Venue venue) {
        return Venue.rehydrate(venue.id(), venue.details(), venue.seatMap(), venue.createdAt(), venue.updatedAt(),
                venue.version() + 1);
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static <T> String[] column(List<T> items, Function<T, Object> value) {
        return items.stream().map(item -> String.valueOf(value.apply(item))).toArray(String[]::new);
    }

    private static VenueDetails details(String name, String[] lines, String city, String postalCode, String country,
                                        String timeZone, String kind, String[] equipment) {
        return new VenueDetails(name, new Address(List.of(lines), city, postalCode, country), ZoneId.of(timeZone),
                VenueKind.valueOf(kind), Arrays.stream(equipment).map(Equipment::valueOf).collect(Collectors.toSet()));
    }

    private static Seat seat(SeatRow row) {
        return new Seat(new SeatId(row.id()), row.section(), row.rowLabel(), row.rowIndex(), row.number(),
                row.position(), SeatKind.valueOf(row.kind()));
    }
}
