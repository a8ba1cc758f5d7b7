package app.marquee.application.sales.hold.service;

import app.marquee.application.sales.hold.port.in.ReleaseHoldUseCase;
import app.marquee.application.sales.hold.port.out.HoldRaceLostException;
import app.marquee.application.sales.hold.port.out.LoadHoldPort;
import app.marquee.application.sales.hold.port.out.ReleaseHoldPort;
import app.marquee.application.sales.waitlist.port.in.OfferReturnedPlacesUseCase;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;

/**
 * The buyer's hold, released by the domain, then stored in one conditional write (the store's own
 * transaction: it ends the hold only if still ACTIVE, so a payment or a lapse meanwhile wins and
 * the buyer hears HOLD_NOT_ACTIVE). Not transactional here, so a deadlock reaches this service as
 * CONCURRENT_UPDATE rather than a failed transaction. Right after, the places given back are
 * offered to the show's waiting list, if anyone waits (in its own transaction; the job does it otherwise).
 */
@Singleton
public class ReleaseHoldService implements ReleaseHoldUseCase {
    private final LoadHoldPort holds;
    private final ReleaseHoldPort release;
    private final OfferReturnedPlacesUseCase waitingLists;
    private final Clock clock;

    public ReleaseHoldService(LoadHoldPort holds, ReleaseHoldPort release, OfferReturnedPlacesUseCase waitingLists,
                              Clock clock) {
        this.holds = holds;
        this.release = release;
        this.waitingLists = waitingLists;
        this.clock = clock;
    }

    @Override
    public Outcome<Hold> release(HoldId id, AccountId buyer) {
        Outcome<Hold> mine = holds.byId(id).filter(hold -> hold.buyer().equals(buyer))
                .<Outcome<Hold>>map(Outcome::accepted).orElse(Outcome.rejected(SalesRejection.HOLD_NOT_FOUND));
        Instant now = clock.instant();
        try {
            Outcome<Hold> released = mine.flatMap(hold -> hold.releaseAt(now))
                    .flatMap(hold -> release.release(hold, now));
            released.map(hold -> waitingLists.offerReturnedPlaces(hold.show()));
            return released;
        } catch (HoldRaceLostException lost) {
            return Outcome.rejected(lost.rejection());
        }
    }
}
