package app.marquee.adapter.rest.web.sales;

import app.marquee.application.sales.hold.Availability;
import app.marquee.domain.sales.inventory.Inventory;
import app.marquee.domain.sales.inventory.SeatState;
import app.marquee.domain.sales.show.ShowStatus;
import app.marquee.domain.sales.venue.SeatKind;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** Every seat of a show with its state (never who has it), the places left per area and per tier. */
@Serdeable
@Schema(name = "Availability")
public record AvailabilityResponse(UUID showId, ShowStatus status, List<SeatAvailability> seats,
                                   List<AreaAvailability> areas, List<TierAvailability> tiers) {

    static AvailabilityResponse of(Availability availability) {
        Inventory inventory = availability.inventory();
        return new AvailabilityResponse(availability.show().id().value(), availability.status(),
                availability.seatMap().seats().stream().map(seat -> new SeatAvailability(seat.id().value(),
                        seat.label(), seat.section(), seat.row(), seat.number(), seat.kind(),
                        inventory.stateOf(seat.id()))).toList(),
                availability.seatMap().areas().stream().map(area -> new AreaAvailability(area.id().value(), area.name(),
                        area.capacity(), inventory.remainingIn(area.id()))).toList(),
                availability.show().terms().tiers().stream().map(tier -> new TierAvailability(tier.id().value(),
                        tier.name(), inventory.remainingFor(tier))).toList());
    }

    @Serdeable
    @Schema(name = "SeatAvailability")
    public record SeatAvailability(UUID id, @Schema(example = "Stalls A-12") String label,
                                   @Schema(example = "Stalls") String section, @Schema(example = "A") String row,
                                   int number, SeatKind kind, SeatState state) {
    }

    @Serdeable
    @Schema(name = "AreaAvailability")
    public record AreaAvailability(UUID id, @Schema(example = "Pit") String name, int capacity, int remaining) {
    }

    @Serdeable
    @Schema(name = "TierAvailability", description = "Tiers may share places: their remaining counts do not add up")
    public record TierAvailability(UUID id, @Schema(example = "Category 1") String name, int remaining) {
    }
}
