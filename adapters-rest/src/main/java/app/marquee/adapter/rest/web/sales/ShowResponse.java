package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.sales.ShowRequests.MoneyBody;
import app.marquee.application.sales.show.port.in.RemainingPlacesQuery;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.show.PriceTier;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.ShowKind;
import app.marquee.domain.sales.show.ShowStatus;
import app.marquee.domain.sales.venue.AreaId;
import app.marquee.domain.sales.venue.SeatKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
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
                           Instant salesCloseAt, int perOrderMaximum,
                           @Schema(description = "Places left to sell now: seats with neither a valid ticket nor a"
                                   + " live hold, plus what the areas have left; 0 makes an open show SOLD_OUT")
                           long remainingPlaces, long version) {

    /** The show as read {@code now}, with {@code remaining} places left (SOLD_OUT at 0 while on sale). */
    static ShowResponse of(Show show, Instant now, long remaining) {
        return new ShowResponse(show.id().value(), show.kind(), show.event().map(EventId::value).orElse(null),
                show.venue().value(), show.startsAt(), show.endsAt(), show.zone().getId(),
                show.statusAt(now, remaining == 0), show.terms().tiers().stream().map(PriceTierResponse::of).toList(),
                show.terms().window().opens(), show.terms().window().closes(), show.terms().perOrderLimit().max(),
                remaining, show.version());
    }

    /** Each show with the places it has left, asked of the store in one go. */
    static List<ShowResponse> of(List<Show> shows, Instant now, RemainingPlacesQuery places) {
        Map<ShowId, Long> left = places.remaining(shows.stream().map(Show::id).toList());
        return shows.stream().map(show -> of(show, now, left.getOrDefault(show.id(), 0L))).toList();
    }

    static ShowResponse of(Show show, Instant now, RemainingPlacesQuery places) {
        return of(List.of(show), now, places).get(0);
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
