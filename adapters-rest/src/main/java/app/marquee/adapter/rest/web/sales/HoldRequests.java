package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.application.sales.hold.port.in.PlaceHoldUseCase.BestSeats;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Body of a new hold: items, or the best seats of a tier; the domain judges what is asked. */
final class HoldRequests {
    private HoldRequests() {
    }

    @Serdeable
    @Schema(name = "HoldWrite", description = "Exactly one of items and bestAvailable")
    record HoldBody(@Nullable @Size(max = 100) @Valid List<ItemBody> items,
                    @Nullable @Valid BestAvailableBody bestAvailable) {

        List<HoldRequest.Item> requested() {
            if ((items == null) == (bestAvailable == null)) {
                throw Fields.invalid(items == null ? "items" : "bestAvailable");
            }
            return Fields.each("items", items, ItemBody::item);
        }

        Optional<BestSeats> best() {
            return Optional.ofNullable(bestAvailable).map(best -> Fields.parse("bestAvailable.quantity", best::seats));
        }
    }

    @Serdeable
    @Schema(name = "HoldItemWrite", description = "A seat (seatId), or places in an area (areaId and quantity), at a tier")
    record ItemBody(@Nullable UUID seatId, @Nullable UUID areaId, @NotNull UUID tierId,
                    @Nullable @Schema(nullable = true, description = "Places in the area; a seat is one", example = "2")
                    Integer quantity) {

        HoldRequest.Item item() {
            if (seatId != null && (quantity == null || quantity == 1)) {
                return HoldRequest.Item.seat(new SeatId(seatId), new TierId(tierId));
            }
            if (seatId != null || areaId == null || quantity == null) {
                throw new IllegalArgumentException("a seat, or an area with a quantity");
            }
            return HoldRequest.Item.places(new AreaId(areaId), new TierId(tierId), quantity);
        }
    }

    @Serdeable
    @Schema(name = "BestAvailableWrite", description = "The best seats of a tier, side by side when together")
    record BestAvailableBody(@NotNull UUID tierId, @NotNull @Schema(example = "2") Integer quantity,
                             @Nullable @Schema(nullable = true, description = "Absent: true") Boolean together,
                             @Nullable @Size(max = 60) @Pattern(regexp = VenueHttp.NO_CONTROL)
                             @Schema(nullable = true, description = "Preferred section; absent: the map's first")
                             String section) {

        BestSeats seats() {
            return new BestSeats(new TierId(tierId), quantity, together == null || together,
                    Optional.ofNullable(section));
        }
    }
}
