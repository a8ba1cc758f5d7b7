package app.marquee.application.sales.promo.port.in;

import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.promo.Discount;
import app.marquee.domain.sales.promo.PromoCode;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The organiser of an event (or an ADMIN) hands out a promo code for it: EVENT_NOT_FOUND for
 * anyone else, EVENT_CANCELLED once the event is off, PROMO_CODE_DUPLICATE when the event already
 * has this text (compared upper case). Valid from {@code validFrom} (absent: now) until {@code validUntil}.
 */
public interface CreatePromoCodeUseCase {
    Outcome<PromoCode> create(Command command);

    record Command(EventId event, Editor editor, String code, Discount discount, Optional<Instant> validFrom,
                   Instant validUntil, OptionalInt usageCap, OptionalInt perBuyerCap) {
        public Command {
            Objects.requireNonNull(event, "event");
            Objects.requireNonNull(editor, "editor");
            code = PromoCode.normalise(code);
            Objects.requireNonNull(discount, "discount");
            Objects.requireNonNull(validFrom, "valid from");
            Objects.requireNonNull(validUntil, "valid until");
            Objects.requireNonNull(usageCap, "usage cap");
            Objects.requireNonNull(perBuyerCap, "per-buyer cap");
        }
    }
}
