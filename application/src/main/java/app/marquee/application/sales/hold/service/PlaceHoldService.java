package app.marquee.application.sales.hold.service;

import app.marquee.application.sales.hold.HoldView;
import app.marquee.application.sales.hold.port.in.PlaceHoldUseCase;
import app.marquee.application.sales.hold.port.out.HoldRaceLostException;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Places a hold through {@link HoldPlacer}'s transaction and answers a race it lost with the
 * store's rejection. It runs the request once more when that may succeed: after a deadlock, or
 * when best-available seats were taken between the choice and the claim (new seats are chosen).
 */
@Singleton
public class PlaceHoldService implements PlaceHoldUseCase {
    private final HoldPlacer placer;
    private final Clock clock;

    public PlaceHoldService(HoldPlacer placer, Clock clock) {
        this.placer = placer;
        this.clock = clock;
    }

    @Override
    public Outcome<HoldView> place(Command command) {
        try {
            return placer.place(command, clock.instant());
        } catch (HoldRaceLostException lost) {
            if (!worthAnotherTry(command, lost)) {
                return Outcome.rejected(lost.rejection());
            }
        }
        try {
            return placer.place(command, clock.instant());
        } catch (HoldRaceLostException lostAgain) {
            return Outcome.rejected(lostAgain.rejection());
        }
    }

    private static boolean worthAnotherTry(Command command, HoldRaceLostException lost) {
        return lost.retryable()
                || command.bestAvailable().isPresent() && lost.rejection().is(SalesRejection.SEATS_UNAVAILABLE);
    }
}
