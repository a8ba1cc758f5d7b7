package app.marquee.application.sales.waitlist.port.out;

import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.waitlist.Offer;

/**
 * Tells an entrant that places are offered to them (which hold to pay, until when). Called in the
 * offer's transaction: the implementation appends a WAITLIST_OFFER message to the notification
 * outbox, delivered once the offer commits.
 */
public interface NotifyWaitingListPort {
    void offered(ShowId show, Offer offer, HoldId hold);
}
