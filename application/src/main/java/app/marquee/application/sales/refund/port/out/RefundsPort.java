package app.marquee.application.sales.refund.port.out;

import app.marquee.application.sales.refund.DueRefund;
import app.marquee.application.sales.refund.RefundStatus;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.RefundCause;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The refunds Marquee owes, recorded PENDING before the provider is asked (so a crash or an outage
 * leaves them to the refund dispatcher), each under a key derived from its own row. Which refunds
 * are due is decided in the database ({@code FOR UPDATE SKIP LOCKED}, then a lease), so two
 * instances never ask for the same refund at the same moment. Settling a refund (SUCCEEDED, or
 * FAILED for good) is {@code PaymentsPort}'s.
 */
public interface RefundsPort {
    /**
     * Records PENDING a refund of {@code amount} of the order's captured payment, in the caller's
     * transaction; its id, or empty when the order was paid with no money (a total of zero).
     */
    Optional<UUID> recordForOrder(OrderId order, Money amount, RefundCause cause, Instant now);

    /** This refund if it is still PENDING, to ask of the provider now. */
    Optional<DueRefund> pending(UUID refund);

    /**
     * Up to {@code max} PENDING refunds due by {@code now}, skipping those another instance is
     * claiming; each is leased until {@code leasedUntil} (not due again before, should this
     * instance stop before recording the answer).
     */
    List<DueRefund> claimDue(Instant now, Instant leasedUntil, int max);

    /** The provider could not take it for now: stays PENDING, due again at {@code nextTry}. */
    void retryLater(UUID refund, String reason, Instant nextTry, Instant now);

    Optional<RefundStatus> statusOf(UUID refund);
}
