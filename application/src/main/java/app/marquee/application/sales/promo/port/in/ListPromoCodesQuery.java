package app.marquee.application.sales.promo.port.in;

import app.marquee.application.sales.promo.PromoCodeInUse;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.shared.Outcome;

import java.util.List;

/** An event's promo codes with how often each is in use, for its organiser or an ADMIN (else EVENT_NOT_FOUND). */
public interface ListPromoCodesQuery {
    Outcome<List<PromoCodeInUse>> list(EventId event, Editor editor);
}
