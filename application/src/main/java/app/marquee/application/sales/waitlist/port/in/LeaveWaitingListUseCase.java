package app.marquee.application.sales.waitlist.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.waitlist.WaitingEntry;
import app.marquee.domain.shared.Outcome;

/**
 * The entrant leaves the show's waiting list; an offer they held is released and its places go to
 * the next in line. NOT_ON_WAITING_LIST when they are not waiting nor offered anything.
 */
public interface LeaveWaitingListUseCase {
    Outcome<WaitingEntry> leave(ShowId show, AccountId entrant);
}
