package app.marquee.application.sales.waitlist.port.out;

import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.waitlist.Offer;

/**
 * Tells an entrant that places are offered to them (which hold to pay, until when). Called in the
 * offer's transaction: an implementation records the message (the notification outbox, issue 5);
 * for now it only logs the account id, the show and the hold, never any personal data.
 */
public interface NotifyWaitingListPort {
    void offered(ShowId show, Offer offer, HoldId hold);
}
