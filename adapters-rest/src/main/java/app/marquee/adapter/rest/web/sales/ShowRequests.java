package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.show.PerOrderLimit;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Body of a new show; the domain judges tiers and money, naming the field it refuses. */
final class ShowRequests {
    private ShowRequests() {
    }

    @Serdeable
    @Schema(name = "ShowWrite", description = "A date of an event at a venue")
    record ShowBody(
            @NotNull UUID venueId,
            @NotNull Instant startsAt,
            @Nullable @Schema(nullable = true, description = "Absent: 3 hours after the start") Instant endsAt,
            @NotNull @Size(min = 1, max = 20) @Valid List<PriceTierBody> priceTiers,
            @Nullable @Schema(nullable = true, description = "Absent: now") Instant salesOpenAt,
            @Nullable @Schema(nullable = true, description = "Absent: when the show starts") Instant salesCloseAt,
            @Nullable @Schema(nullable = true, description = "Absent: 10", example = "10") Integer perOrderMaximum) {

        List<PriceTier> tiers() {
            List<PriceTier> tiers = Fields.each("priceTiers", priceTiers, PriceTierBody::tier);
            Instant now = Instant.now();
            Fields.parse("priceTiers", () -> new SaleTerms(tiers, new SalesWindow(now, now.plusSeconds(1)),
                    PerOrderLimit.byDefault(), tiers.get(0).price().currency()));
            return tiers;
        }

        PerOrderLimit perOrderLimit() {
            return perOrderMaximum == null ? PerOrderLimit.byDefault()
                    : Fields.parse("perOrderMaximum", () -> new PerOrderLimit(perOrderMaximum));
        }
    }

    @Serdeable
    @Schema(name = "PriceTierWrite", description = "A price for seats of some kinds and/or places of some areas")
    record PriceTierBody(
            @NotNull @Pattern(regexp = VenueHttp.NO_CONTROL)
            @Schema(example = "Category 1", maxLength = PriceTier.MAX_NAME) String name,
            @Nullable @Size(max = 4) List<SeatKind> seatKinds,
            @Nullable @Size(max = 100) List<UUID> areaIds,
            @NotNull @Valid MoneyBody price,
            @Nullable @Pattern(regexp = VenueHttp.NO_CONTROL)
            @Schema(nullable = true, example = "Under 14, ID required", maxLength = PriceTier.MAX_CONDITIONS)
            String conditions) {

        PriceTier tier() {
            Set<SeatKind> kinds = Set.copyOf(present(seatKinds));
            Set<AreaId> areas = Set.copyOf(present(areaIds).stream().map(AreaId::new).toList());
            return new PriceTier(TierId.newId(), name, kinds, areas, price.money(), Optional.ofNullable(conditions));
        }

        private static <T> List<T> present(@Nullable List<T> values) {
            if (values == null) {
                return List.of();
            }
            if (values.stream().anyMatch(java.util.Objects::isNull)) {
                throw new IllegalArgumentException("no null in a tier's seat kinds or areas");
            }
            return values;
        }
    }

    @Serdeable
    @Schema(name = "Money", description = "An amount in minor units (cents) of an ISO 4217 currency")
    record MoneyBody(@NotNull @Max(MAX_AMOUNT) @Schema(example = "4500") Long amount,
                     @NotNull @Schema(example = "EUR") String currency) {
        /** Ten million in major units: far above any ticket, far below where sums of an order overflow. */
        static final long MAX_AMOUNT = 1_000_000_000L;

        Money money() {
            return new Money(amount, Currency.getInstance(currency));
        }

        static MoneyBody of(Money money) {
            return new MoneyBody(money.minor(), money.currency().getCurrencyCode());
        }
    }
}
