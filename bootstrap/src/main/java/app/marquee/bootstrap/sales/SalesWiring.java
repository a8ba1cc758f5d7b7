package app.marquee.bootstrap.sales;

import app.marquee.application.sales.waitlist.WaitingListSettings;
import app.marquee.domain.sales.hold.HoldPlacement;
import app.marquee.domain.sales.screening.ScreeningTimes;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;

/** Beans the sales use cases need from configuration. */
@Factory
public class SalesWiring {
    /**
     * How long a screening keeps its room besides the film: trailers before, cleaning after
     * ({@code MARQUEE_SCREENING_TRAILERS}, {@code MARQUEE_SCREENING_CLEANING}, 15 minutes each by default).
     */
    @Singleton
    ScreeningTimes screeningTimes(@Value("${marquee.screening.trailers:15m}") Duration trailers,
                                  @Value("${marquee.screening.cleaning:15m}") Duration cleaning) {
        return new ScreeningTimes(trailers, cleaning);
    }

    /** How long a hold keeps its places ({@code MARQUEE_HOLD_DURATION}, 10 minutes by default). */
    @Singleton
    HoldPlacement holdPlacement(@Value("${marquee.hold.duration:10m}") Duration duration) {
        return new HoldPlacement(duration);
    }

    /** How long a waiting-list offer keeps its places ({@code MARQUEE_WAITLIST_OFFER_VALIDITY}, 2 hours by default). */
    @Singleton
    WaitingListSettings waitingListSettings(@Value("${marquee.waitlist.offer-validity:2h}") Duration validity) {
        return new WaitingListSettings(validity);
    }
}
