package app.marquee.application.sales.waitlist.port.in;

import app.marquee.application.sales.waitlist.WaitingEntryView;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;

/**
 * The caller's latest entry on a show's waiting list: their position while WAITING, the offer's
 * hold and deadline once OFFERED, else how it ended. NOT_ON_WAITING_LIST if they never joined.
 */
public interface MyWaitingEntryQuery {
    Outcome<WaitingEntryView> mine(ShowId show, AccountId entrant);
}
