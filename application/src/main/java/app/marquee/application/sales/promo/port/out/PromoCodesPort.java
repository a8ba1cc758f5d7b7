package app.marquee.application.sales.promo.port.out;

import app.marquee.application.sales.promo.PromoCodeInUse;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.promo.PromoCode;
import app.marquee.domain.shared.Outcome;

import java.util.List;

/**
 * Stores an event's promo codes. A code's text is unique per event in the store: adding it twice
 * (two organisers' tabs at once) gives PROMO_CODE_DUPLICATE to the second, never an error.
 */
public interface PromoCodesPort {
    Outcome<PromoCode> add(PromoCode code);

    /** The event's codes by text, each with its uses (see {@code PromoUsage}). */
    List<PromoCodeInUse> ofEvent(EventId event);
}
