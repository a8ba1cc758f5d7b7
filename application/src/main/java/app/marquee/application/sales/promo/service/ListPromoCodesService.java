package app.marquee.application.sales.promo.service;

import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.promo.PromoCodeInUse;
import app.marquee.application.sales.promo.port.in.ListPromoCodesQuery;
import app.marquee.application.sales.promo.port.out.PromoCodesPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.event.EventOwnership;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.List;

/** An event's codes for whoever may edit the event; anyone else is told the event does not exist. */
@Singleton
public class ListPromoCodesService implements ListPromoCodesQuery {
    private final LoadEventPort events;
    private final PromoCodesPort codes;

    public ListPromoCodesService(LoadEventPort events, PromoCodesPort codes) {
        this.events = events;
        this.codes = codes;
    }

    @Override
    public Outcome<List<PromoCodeInUse>> list(EventId event, Editor editor) {
        return events.byId(event).filter(e -> EventOwnership.mayEdit(e.owner(), editor.account(), editor.role()))
                .<Outcome<List<PromoCodeInUse>>>map(e -> Outcome.accepted(codes.ofEvent(event)))
                .orElse(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
    }
}
