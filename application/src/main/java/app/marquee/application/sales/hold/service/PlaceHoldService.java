package app.marquee.application.sales.hold.service;

import app.marquee.application.sales.hold.HoldView;
import app.marquee.application.sales.hold.port.in.PlaceHoldUseCase;
import app.marquee.application.sales.hold.port.out.ExpireHoldsPort;
import app.marquee.application.sales.hold.port.out.HoldRaceLostException;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.PurchaseEligibility;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Places a hold through {@link HoldPlacer}'s transaction and answers a race it lost with the
 * store's rejection. It runs the request once more when that may succeed: after a deadlock, or
 * when best-available seats were taken between the choice and the claim (new seats are chosen).
 */
@Singleton
public class PlaceHoldService implements PlaceHoldUseCase {
    private final HoldPlacer placer;
    private final ExpireHoldsPort expiry;
    private final PurchaseEligibility eligibility;
    private final Clock clock;

    public PlaceHoldService(HoldPlacer placer, ExpireHoldsPort expiry, PurchaseEligibility eligibility, Clock clock) {
        this.placer = placer;
        this.expiry = expiry;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @Override
    public Outcome<HoldView> place(Command command) {
        Optional<IdentityRejection> ineligible = eligibility.blocker(command.buyerEmailVerified());
        if (ineligible.isPresent()) {
            return Outcome.rejected(ineligible.get());
        }
        try {
            return attempt(command);
        } catch (HoldRaceLostException lost) {
            if (!worthAnotherTry(command, lost)) {
                return Outcome.rejected(lost.rejection());
            }
        }
        try {
            return attempt(command);
        } catch (HoldRaceLostException lostAgain) {
            return Outcome.rejected(lostAgain.rejection());
        }
    }

    /**
     * The show's due holds lapse first, in a transaction of their own (their rows, then stock, then
     * seats), so that the placement's own transaction takes its locks in the one order: the buyer's
     * hold, the promo code, stock rows, seats. Never holding stock rows while waiting for a hold's or
     * a code's row is what keeps placements, payments and the expiry job from deadlocking.
     */
    private Outcome<HoldView> attempt(Command command) {
        Instant now = clock.instant();
        if (expiry.anyDueOf(command.show(), now)) {
            expiry.lapseDueOf(command.show(), now);
        }
        return placer.place(command, now);
    }

    private static boolean worthAnotherTry(Command command, HoldRaceLostException lost) {
        return lost.retryable()
                || command.bestAvailable().isPresent() && lost.rejection().is(SalesRejection.SEATS_UNAVAILABLE);
    }
}
