package app.marquee.domain.sales.venue;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where an audience can be in a venue: sections of numbered seats and general-admission areas.
 * Section names and area names are unique in a map (ignoring case), so every seat label
 * ("Orchestra A-12") is too; a map holds at least one place and at most {@value #MAX_PLACES}
 * (seats plus area capacities).
 */
public final class SeatMap {
    public static final int MAX_PLACES = 100_000;
    private static final SeatMap EMPTY = new SeatMap(List.of(), List.of());

    private final List<Section> sections;
    private final List<Area> areas;

    private SeatMap(List<Section> sections, List<Area> areas) {
        this.sections = List.copyOf(sections);
        this.areas = List.copyOf(areas);
    }

    public static SeatMap empty() {
        return EMPTY;
    }

    /** Draws a new map from an operator's plan, every seat and area with a new id. */
    public static Outcome<SeatMap> draw(SeatMapPlan plan) {
        if (plan.sections().isEmpty() && plan.areas().isEmpty()) {
            return Outcome.rejected(Rejection.onField(SalesRejection.SEAT_MAP_EMPTY, "sections"));
        }
        Optional<Rejection> wrong = duplicate(plan.sections(), SeatLayout::section, "sections", "name",
                SalesRejection.SECTION_NAME_DUPLICATE)
                .or(() -> duplicate(plan.areas(), SeatMapPlan.AreaPlan::name, "areas", "name",
                        SalesRejection.AREA_NAME_DUPLICATE))
                .or(() -> tooLarge(plan));
        if (wrong.isPresent()) {
            return Outcome.rejected(wrong.get());
        }
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < plan.sections().size(); i++) {
            Outcome<List<Seat>> read = SeatLayoutReader.read(plan.sections().get(i), i);
            if (!(read instanceof Outcome.Accepted<List<Seat>> seats)) {
                return Outcome.rejected(((Outcome.Rejected<List<Seat>>) read).rejection());
            }
            sections.add(Section.of(plan.sections().get(i).section(), seats.value()));
        }
        List<Area> areas = plan.areas().stream().map(area -> new Area(AreaId.newId(), area.name(), area.capacity()))
                .toList();
        SeatMap drawn = new SeatMap(sections, areas);
        if (drawn.capacity() > MAX_PLACES) {
            return Outcome.rejected(Rejection.onField(SalesRejection.SEAT_MAP_TOO_LARGE, "sections"));
        }
        return Outcome.accepted(drawn);
    }

    /** For the persistence adapter only: the sections in this order, grouping these seats by section name. */
    public static SeatMap rehydrate(List<String> sectionNames, List<Seat> seats, List<Area> areas) {
        Map<String, List<Seat>> bySection = new LinkedHashMap<>();
        sectionNames.forEach(name -> bySection.put(name, new ArrayList<>()));
        seats.forEach(seat -> bySection.get(seat.section()).add(seat));
        return new SeatMap(bySection.entrySet().stream().map(entry -> Section.of(entry.getKey(), entry.getValue()))
                .toList(), areas);
    }

    /**
     * This map, with the ids {@code previous} gave to the same places: a seat whose label is
     * unchanged, and an area whose name is unchanged, keep their id, so shows keep pointing at them.
     */
    public SeatMap keepingIdsOf(SeatMap previous) {
        Map<String, SeatId> seatIds = previous.seats().stream().collect(Collectors.toMap(Seat::label, Seat::id));
        Map<String, AreaId> areaIds = previous.areas.stream().collect(Collectors.toMap(Area::name, Area::id));
        List<Section> kept = sections.stream().map(section -> Section.of(section.name(), section.seats().stream()
                .map(seat -> seat.withId(seatIds.getOrDefault(seat.label(), seat.id()))).toList())).toList();
        return new SeatMap(kept, areas.stream().map(area -> area.withId(areaIds.getOrDefault(area.name(), area.id())))
                .toList());
    }

    /** The seats of {@code previous} this map no longer has. */
    public List<Seat> seatsRemovedFrom(SeatMap previous) {
        Set<SeatId> here = seats().stream().map(Seat::id).collect(Collectors.toSet());
        return previous.seats().stream().filter(seat -> !here.contains(seat.id())).toList();
    }

    /**
     * The areas of {@code previous} this map no longer has, or has with fewer places: places taken
     * away from an area a future show sells are as gone as a removed area (they may be sold).
     */
    public List<Area> areasRemovedFrom(SeatMap previous) {
        Map<AreaId, Integer> here = areas.stream().collect(Collectors.toMap(Area::id, Area::capacity));
        return previous.areas.stream()
                .filter(area -> !here.containsKey(area.id()) || here.get(area.id()) < area.capacity()).toList();
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(String name) {
        return sections.stream().filter(section -> section.name().equalsIgnoreCase(name)).findFirst();
    }

    public List<Seat> seats() {
        return sections.stream().flatMap(section -> section.seats().stream()).toList();
    }

    public List<Area> areas() {
        return areas;
    }

    public boolean hasSeats() {
        return sections.stream().anyMatch(section -> !section.rows().isEmpty());
    }

    public boolean isEmpty() {
        return sections.isEmpty() && areas.isEmpty();
    }

    /** Seats plus the capacity of every area. */
    public long capacity() {
        return seats().size() + areas.stream().mapToLong(Area::capacity).sum();
    }

    private static <T> Optional<Rejection> duplicate(List<T> items, Function<T, String> name, String list,
                                                     String member, SalesRejection reason) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(name.apply(items.get(i)).toLowerCase(Locale.ROOT))) {
                return Optional.of(Rejection.onField(reason, list + "[" + i + "]." + member));
            }
        }
        return Optional.empty();
    }

    /**
     * Judged first from what the layouts span, before any seat is drawn, so an absurd layout costs
     * nothing; seats left out as missing are counted once the map is drawn.
     */
    private static Optional<Rejection> tooLarge(SeatMapPlan plan) {
        long places = plan.areas().stream().mapToLong(SeatMapPlan.AreaPlan::capacity).sum();
        for (SeatLayout layout : plan.sections()) {
            places += SeatLayoutReader.span(layout).orElse(0L);
        }
        return places > 2L * MAX_PLACES ? Optional.of(Rejection.onField(SalesRejection.SEAT_MAP_TOO_LARGE, "sections"))
                : Optional.empty();
    }
}
