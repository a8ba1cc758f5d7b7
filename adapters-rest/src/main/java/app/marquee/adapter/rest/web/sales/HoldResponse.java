package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.sales.ShowRequests.MoneyBody;
import app.marquee.application.sales.hold.HoldView;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.hold.AppliedPromo;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.venue.Area;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A hold with its places named (seat label, area name, tier name) at the prices shown when it was
 * placed. {@code state} is EXPIRED once its time is up, whether the store has marked it or not.
 */
@Serdeable
@Schema(name = "Hold")
public record HoldResponse(UUID id, UUID showId, HoldState state, Instant expiresAt, List<HoldItemResponse> items,
                           MoneyBody subtotal, MoneyBody discount, MoneyBody total) {

    static HoldResponse of(HoldView view, Instant now) {
        Hold hold = view.hold();
        Map<SeatId, String> seats = view.seatMap().seats().stream().collect(Collectors.toMap(Seat::id, Seat::label));
        Map<AreaId, String> areas = view.seatMap().areas().stream().collect(Collectors.toMap(Area::id, Area::name));
        Function<HoldItem, String> tierName = item -> view.show().terms().tier(item.tier()).map(PriceTier::name)
                .orElse(null);
        HoldState state = hold.state() == HoldState.ACTIVE && !hold.isLiveAt(now) ? HoldState.EXPIRED : hold.state();
        Money subtotal = hold.subtotal();
        return new HoldResponse(hold.id().value(), hold.show().value(), state, hold.expiresAt(),
                hold.items().stream().map(item -> new HoldItemResponse(item.seat().map(SeatId::value).orElse(null),
                        item.seat().map(seats::get).orElse(null), item.area().map(AreaId::value).orElse(null),
                        item.area().map(areas::get).orElse(null), item.tier().value(), tierName.apply(item),
                        item.quantity(), MoneyBody.of(item.unitPrice()))).toList(),
                MoneyBody.of(subtotal), MoneyBody.of(hold.promo().map(AppliedPromo::discount)
                        .orElse(Money.zero(subtotal.currency()))), MoneyBody.of(hold.total()));
    }

    @Serdeable
    @Schema(name = "HoldItem")
    public record HoldItemResponse(@Nullable @Schema(nullable = true) UUID seatId,
                                   @Nullable @Schema(nullable = true, example = "Stalls A-12") String seatLabel,
                                   @Nullable @Schema(nullable = true) UUID areaId,
                                   @Nullable @Schema(nullable = true, example = "Pit") String areaName,
                                   UUID tierId, @Nullable @Schema(example = "Category 1") String tierName, int quantity,
                                   MoneyBody unitPrice) {
    }
}
