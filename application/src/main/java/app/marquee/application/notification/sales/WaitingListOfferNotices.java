package app.marquee.application.notification.sales;

import app.marquee.application.sales.waitlist.port.out.NotifyWaitingListPort;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.waitlist.Offer;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * A WAITLIST_OFFER e-mail in the offer's transaction: how many places, for which show, and the
 * deadline to pay for them (ISO-8601 UTC, shown in the venue's time zone).
 */
@Singleton
public class WaitingListOfferNotices implements NotifyWaitingListPort {
    private final OutboxSalesNotices notices;
    private final Clock clock;

    public WaitingListOfferNotices(OutboxSalesNotices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void offered(ShowId show, Offer offer, HoldId hold) {
        notices.withFacts(offer.entrant(), show, (account, values) -> {
            values.put("places", offer.places());
            values.put("expiresAt", offer.expiresAt().toString());
            values.put("showId", show.toString());
            values.put("holdId", hold.toString());
            notices.email(MessageKind.WAITLIST_OFFER, account, values, clock.instant());
        });
    }
}
