package app.marquee.application.sales.hold.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.shared.Outcome;

/**
 * The buyer gives their hold back: its places are free at once. HOLD_NOT_FOUND for anyone else's
 * hold (never revealed), HOLD_NOT_ACTIVE once it was paid, released or lapsed.
 */
public interface ReleaseHoldUseCase {
    Outcome<Hold> release(HoldId hold, AccountId buyer);
}
