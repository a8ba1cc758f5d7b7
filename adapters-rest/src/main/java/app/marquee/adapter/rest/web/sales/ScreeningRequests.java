package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.web.sales.ShowRequests.MoneyBody;
import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.screening.ScreeningVersion;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.SaleTerms;
import app.marquee.domain.sales.show.SalesWindow;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.sales.venue.SeatKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Body of a new screening: a film, a room, a start, how it is shown, and the cinema's price tiers. */
final class ScreeningRequests {
    private ScreeningRequests() {
    }

    /** The cinema's tiers; each applies to every seat of the room, its conditions say who may buy it. */
    enum CinemaTier { FULL, REDUCED, STUDENT, CHILD }

    @Serdeable
    @Schema(name = "ScreeningWrite")
    record ScreeningBody(
            @NotNull @Schema(description = "A PUBLISHED movie of the catalog") UUID titleId,
            @NotNull @Schema(description = "A CINEMA_ROOM") UUID venueId,
            @NotNull Instant startsAt,
            @NotNull ScreeningVersion version,
            @NotNull @Pattern(regexp = "2D|3D") @Schema(allowableValues = {"2D", "3D"}) String format,
            @NotNull @Size(min = 1, max = 4) @Valid List<CinemaTierBody> priceTiers) {

        Projection projection() {
            return format.equals("3D") ? Projection.THREE_D : Projection.TWO_D;
        }

        List<PriceTier> tiers() {
            List<PriceTier> tiers = Fields.each("priceTiers", priceTiers, CinemaTierBody::priceTier);
            Fields.parse("priceTiers", () -> SaleTerms.of(tiers, new SalesWindow(Instant.EPOCH,
                    Instant.EPOCH.plusSeconds(1))));
            return tiers;
        }
    }

    @Serdeable
    @Schema(name = "CinemaTierWrite")
    record CinemaTierBody(@NotNull CinemaTier tier, @NotNull @Valid MoneyBody price,
                          @Nullable @Pattern(regexp = VenueHttp.NO_CONTROL)
                          @Schema(nullable = true, example = "Under 14", maxLength = PriceTier.MAX_CONDITIONS)
                          String conditions) {
        PriceTier priceTier() {
            Set<SeatKind> everySeat = EnumSet.allOf(SeatKind.class);
            return new PriceTier(TierId.newId(), tier.name(), everySeat, Set.of(), price.money(),
                    Optional.ofNullable(conditions));
        }
    }
}
