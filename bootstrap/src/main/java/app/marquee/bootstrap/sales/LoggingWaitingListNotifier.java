package app.marquee.bootstrap.sales;

import app.marquee.application.sales.waitlist.port.out.NotifyWaitingListPort;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.waitlist.Offer;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in until the notification issue (5) puts an outbox message behind {@link NotifyWaitingListPort}:
 * logs that an offer was made, naming only the account id, the show, the hold and the deadline
 * (no e-mail, no name). The entrant sees the offer on {@code GET /api/v1/shows/{id}/waiting-list/me}.
 */
@Singleton
public class LoggingWaitingListNotifier implements NotifyWaitingListPort {
    private static final Logger LOG = LoggerFactory.getLogger(LoggingWaitingListNotifier.class);

    @Override
    public void offered(ShowId show, Offer offer, HoldId hold) {
        LOG.info("Waiting-list offer to account {}: {} place(s) of show {} held by {} until {}", offer.entrant(),
                offer.places(), show, hold, offer.expiresAt());
    }
}
