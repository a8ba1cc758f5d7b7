package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.sales.ShowRequests.MoneyBody;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowKind;
import app.marquee.domain.sales.show.ShowStatus;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A show with its sale terms. The status is read now: PAST once it has ended; SOLD_OUT is not
 * told yet (there is no inventory before holds and tickets exist).
 */
@Serdeable
@Schema(name = "Show")
public record ShowResponse(UUID id, ShowKind kind, @Nullable @Schema(nullable = true) UUID eventId, UUID venueId,
                           Instant startsAt, Instant endsAt, @Schema(example = "Europe/Paris") String timeZone,
                           ShowStatus status, List<PriceTierResponse> priceTiers, Instant salesOpenAt,
                           Instant salesCloseAt, int perOrderMaximum, long version) {

    static ShowResponse of(Show show, Instant now) {
        return new ShowResponse(show.id().value(), show.kind(), show.event().map(EventId::value).orElse(null),
                show.venue().value(), show.startsAt(), show.endsAt(), show.zone().getId(), show.statusAt(now, false),
                show.terms().tiers().stream().map(PriceTierResponse::of).toList(), show.terms().window().opens(),
                show.terms().window().closes(), show.terms().perOrderLimit().max(), show.version());
    }

    @Serdeable
    @Schema(name = "PriceTier")
    public record PriceTierResponse(UUID id, @Schema(example = "Category 1") String name, List<SeatKind> seatKinds,
                                    List<UUID> areaIds, MoneyBody price,
                                    @Nullable @Schema(nullable = true) String conditions) {
        static PriceTierResponse of(PriceTier tier) {
            return new PriceTierResponse(tier.id().value(), tier.name(), tier.seatKinds().stream().sorted().toList(),
                    tier.areas().stream().map(AreaId::value).sorted().toList(), MoneyBody.of(tier.price()),
                    tier.conditions().orElse(null));
        }
    }
}
