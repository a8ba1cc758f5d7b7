package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.sales.ShowRequests.MoneyBody;
import app.marquee.application.sales.waitlist.WaitingEntryView;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.waitlist.EntryState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The caller's entry on a show's waiting list. */
@Serdeable
@Schema(name = "WaitingEntry")
public record WaitingEntryResponse(UUID showId, UUID tierId, int places, Instant joinedAt, EntryState state,
                                   @Nullable @Schema(nullable = true, description = "1 = next in line; while WAITING")
                                   Integer position,
                                   @Nullable @Schema(nullable = true, description = "while OFFERED") OfferResponse offer) {

    static WaitingEntryResponse of(UUID show, WaitingEntryView view) {
        var entry = view.entry();
        return new WaitingEntryResponse(show, entry.tier().value(), entry.places(), entry.joinedAt(), entry.state(),
                view.position().isPresent() ? view.position().getAsInt() : null,
                view.offer().map(OfferResponse::of).orElse(null));
    }

    /** The hold reserved for the entrant: pay it with {@code POST /api/v1/orders} before {@code expiresAt}. */
    @Serdeable
    @Schema(name = "WaitingListOffer")
    public record OfferResponse(UUID holdId, int places, MoneyBody total, Instant expiresAt) {
        static OfferResponse of(Hold hold) {
            return new OfferResponse(hold.id().value(), hold.places(), MoneyBody.of(hold.total()), hold.expiresAt());
        }
    }
}
