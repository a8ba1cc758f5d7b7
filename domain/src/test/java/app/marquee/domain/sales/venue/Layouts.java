package app.marquee.domain.sales.venue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Venues and layouts the venue tests share. */
final class Layouts {
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    private Layouts() {
    }

    /** Rows A-M, seats 1-20, an aisle after 10, wheelchair places A1-2 with a companion A3, premium M5-16, no L19-20. */
    static SeatLayout orchestra() {
        return new SeatLayout("Orchestra", "A-M", "1-20", List.of(10), List.of(),
                List.of(new SeatLayout.KindException("A1-2", SeatKind.WHEELCHAIR),
                        new SeatLayout.KindException("A3", SeatKind.COMPANION),
                        new SeatLayout.KindException("M5-16", SeatKind.PREMIUM)),
                List.of("L19-20"));
    }

    static SeatMapPlan plan(SeatLayout... sections) {
        return new SeatMapPlan(List.of(sections), List.of());
    }

    static VenueDetails details(VenueKind kind) {
        return new VenueDetails("Salle 1", new Address(List.of("12 rue des Écoles"), "Paris", "75005", "fr"),
                ZoneId.of("Europe/Paris"), kind, Set.of(Equipment.DOLBY_ATMOS, Equipment.WHEELCHAIR_ACCESS));
    }

    static SeatMap drawn(SeatMapPlan plan) {
        return SeatMap.draw(plan).orElseThrow(rejection -> new IllegalStateException(rejection.toString()));
    }
}
