package app.marquee.application.sales.waitlist.service;

import app.marquee.application.sales.hold.port.out.HoldRaceLostException;
import app.marquee.application.sales.waitlist.port.in.OfferReturnedPlacesUseCase;
import app.marquee.application.sales.waitlist.port.in.ServeWaitingListsUseCase;
import app.marquee.application.sales.waitlist.port.out.WaitingListsPort;
import app.marquee.domain.sales.show.ShowId;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Serves one show's line or a round of them, each show in its own transaction
 * ({@link WaitingLineServer#serve}); a race lost in the hold store leaves that show to the next round.
 */
@Singleton
public class OfferReturnedPlacesService implements OfferReturnedPlacesUseCase, ServeWaitingListsUseCase {
    private final WaitingLineServer server;
    private final WaitingListsPort lines;
    private final Clock clock;

    public OfferReturnedPlacesService(WaitingLineServer server, WaitingListsPort lines, Clock clock) {
        this.server = server;
        this.lines = lines;
        this.clock = clock;
    }

    @Override
    public int offerReturnedPlaces(ShowId show) {
        try {
            return server.serve(show, clock.instant());
        } catch (HoldRaceLostException lost) {
            return 0;
        }
    }

    @Override
    public int serveWaitingLists() {
        return lines.linesToServe(clock.instant(), BATCH).stream().mapToInt(this::offerReturnedPlaces).sum();
    }
}
