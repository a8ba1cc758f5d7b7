package app.marquee.bootstrap.sales;

import app.marquee.application.sales.waitlist.WaitingListSettings;
import app.marquee.domain.payment.RefundBackoff;
import app.marquee.domain.sales.hold.HoldPlacement;
import app.marquee.domain.sales.order.KeyRetention;
import app.marquee.domain.sales.order.SettleAfter;
import app.marquee.domain.sales.refund.RefundPolicy;
import app.marquee.domain.sales.screening.ScreeningTimes;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
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

    /**
     * What a buyer gets back by cancelling ({@code MARQUEE_REFUND_TIERS}, {@code 48h:100,2h:50} by
     * default, also when unset or blank: notice before the show and percentage, longest notice first;
     * {@code 0m:0} refunds nothing ever). A malformed value stops the start-up naming the variable.
     */
    @Singleton
    RefundPolicy refundPolicy(@Value("${marquee.refund.tiers:}") String tiers) {
        try {
            return tiers.isBlank() ? RefundPolicy.DEFAULT : RefundPolicy.parse(tiers);
        } catch (IllegalArgumentException malformed) {
            throw new ConfigurationException("MARQUEE_REFUND_TIERS: " + malformed.getMessage());
        }
    }

    /**
     * How long a refund the provider could not take waits before it is asked again: the dispatcher's
     * interval ({@code MARQUEE_REFUND_RETRY_INTERVAL}, 30 s) after the first failure, doubling, at most an hour.
     */
    @Singleton
    RefundBackoff refundBackoff(@Value("${marquee.jobs.refund-retry-interval:30s}") Duration interval) {
        return new RefundBackoff(interval, interval.compareTo(Duration.ofHours(1)) > 0 ? interval : Duration.ofHours(1));
    }

    /** How long a payment attempt stays PENDING before the provider is asked about it ({@code MARQUEE_PAYMENT_SETTLE_AFTER}, 2 min). */
    @Singleton
    SettleAfter settleAfter(@Value("${marquee.payment.settle-after:2m}") Duration delay) {
        return new SettleAfter(delay);
    }

    /** How long finished Idempotency-Keys are kept ({@code MARQUEE_IDEMPOTENCY_KEY_RETENTION}, 48 h, at least 24 h). */
    @Singleton
    KeyRetention keyRetention(@Value("${marquee.idempotency-key-retention:48h}") Duration kept) {
        try {
            return new KeyRetention(kept);
        } catch (IllegalArgumentException tooShort) {
            throw new ConfigurationException("MARQUEE_IDEMPOTENCY_KEY_RETENTION: " + tooShort.getMessage());
        }
    }
}
