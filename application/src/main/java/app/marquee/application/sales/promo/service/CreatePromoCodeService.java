package app.marquee.application.sales.promo.service;

import app.marquee.application.sales.event.port.out.LoadEventPort;
import app.marquee.application.sales.promo.port.in.CreatePromoCodeUseCase;
import app.marquee.application.sales.promo.port.out.PromoCodesPort;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.EventOwnership;
import app.marquee.domain.sales.event.EventStatus;
import app.marquee.domain.sales.promo.PromoCode;
import app.marquee.domain.sales.promo.PromoCodeId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/** Checks the editor may edit the event and it is not called off, then stores the code. */
@Singleton
public class CreatePromoCodeService implements CreatePromoCodeUseCase {
    private final LoadEventPort events;
    private final PromoCodesPort codes;
    private final Clock clock;

    public CreatePromoCodeService(LoadEventPort events, PromoCodesPort codes, Clock clock) {
        this.events = events;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<PromoCode> create(Command command) {
        Instant now = clock.instant();
        Instant from = command.validFrom().orElse(now);
        if (!from.isBefore(command.validUntil())) {
            return Outcome.rejected(Rejection.onField(SalesRejection.PROMO_CODE_WINDOW_INVALID, "validUntil"));
        }
        return events.byId(command.event())
                .filter(event -> EventOwnership.mayEdit(event.owner(), command.editor().account(), command.editor().role()))
                .<Outcome<PromoCode>>map(event -> event.status() == EventStatus.CANCELLED
                        ? Outcome.rejected(SalesRejection.EVENT_CANCELLED)
                        : codes.add(new PromoCode(PromoCodeId.newId(), command.code(), event.id(), command.discount(),
                        from, command.validUntil(), command.usageCap(), command.perBuyerCap())))
                .orElse(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
    }
}
