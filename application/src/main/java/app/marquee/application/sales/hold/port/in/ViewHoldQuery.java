package app.marquee.application.sales.hold.port.in;

import app.marquee.application.sales.hold.HoldView;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.shared.Outcome;

/** A buyer's own hold, whatever its state; HOLD_NOT_FOUND for anyone else's. */
public interface ViewHoldQuery {
    Outcome<HoldView> view(HoldId hold, AccountId buyer);
}
