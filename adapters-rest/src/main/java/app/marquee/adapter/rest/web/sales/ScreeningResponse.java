package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.sales.ShowRequests.MoneyBody;
import app.marquee.application.sales.screening.ScreeningView;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.sales.screening.Projection;
import app.marquee.domain.sales.screening.ScreeningVersion;
import app.marquee.domain.sales.show.Show;
import app.marquee.domain.sales.show.ShowStatus;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A screening: its film, room and times (endsAt is when the room is free again: start + trailers +
 * runtime + cleaning), how it is shown, its tiers with their conditions, and the places left
 * (seats with neither a valid ticket nor a live hold, plus what areas have left).
 */
@Serdeable
@Schema(name = "Screening")
public record ScreeningResponse(UUID id, UUID titleId, UUID venueId, Instant startsAt, Instant endsAt,
                                @Schema(example = "Europe/Paris") String timeZone, ScreeningVersion version,
                                @Schema(allowableValues = {"2D", "3D"}) String format, ShowStatus status,
                                List<TierResponse> priceTiers, long remainingSeats) {

    static ScreeningResponse of(ScreeningView view, Instant now) {
        Show show = view.show();
        return new ScreeningResponse(show.id().value(), show.title().map(TitleId::value).orElseThrow(),
                show.venue().value(), show.startsAt(), show.endsAt(), show.zone().getId(), view.version(),
                view.projection() == Projection.THREE_D ? "3D" : "2D", show.statusAt(now, view.remainingSeats() == 0),
                show.terms().tiers().stream().map(tier -> new TierResponse(tier.id().value(), tier.name(),
                        MoneyBody.of(tier.price()), tier.conditions().orElse(null))).toList(), view.remainingSeats());
    }

    @Serdeable
    @Schema(name = "ScreeningPage")
    public record ScreeningPage(List<ScreeningResponse> items,
                                @Nullable @Schema(nullable = true, description = "Pass as cursor for the next page;"
                                        + " null on the last page") String nextCursor) {
    }

    @Serdeable
    @Schema(name = "CinemaTier")
    public record TierResponse(UUID id, @Schema(example = "STUDENT") String tier, MoneyBody price,
                               @Nullable @Schema(nullable = true) String conditions) {
    }
}
