package app.marquee.adapter.persistence.sales;

import app.marquee.adapter.persistence.notification.SalesNoticesPersistenceAdapter;
import app.marquee.application.sales.refund.port.out.CancelOrderPort;
import app.marquee.application.sales.refund.port.out.CancelShowSalesPort;
import app.marquee.application.sales.refund.port.out.CancelledShowsStillSellingPort;
import app.marquee.domain.sales.hold.HoldState;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.RefundCause;
import app.marquee.domain.sales.order.Ticket;
import app.marquee.domain.sales.show.ShowId;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Cancellations in PostgreSQL. A buyer's: {@code UPDATE orders ... WHERE state = 'PAID'} decides
 * who wins a race (the loser writes nothing), then the tickets go VOID and their places come back,
 * exactly once. A show's: its ACTIVE holds are locked first (so a purchase converting one finishes,
 * and its order is cancelled too), every PAID order is cancelled in one statement, then the show's
 * stock rows and seat claims are locked in key order and given back, holds' and tickets' alike, and
 * one statement records every refund, and one more appends each buyer's SHOW_CANCELLED e-mail to the
 * outbox. A deadlock is CONCURRENT_UPDATE (try again).
 */
@Singleton
public class CancellationPersistenceAdapter
        implements CancelOrderPort, CancelShowSalesPort, CancelledShowsStillSellingPort {
    private final CancellationRepository cancellations;
    private final HoldEndings endings;
    private final HoldRepository holds;
    private final SalesNoticesPersistenceAdapter notices;

    CancellationPersistenceAdapter(CancellationRepository cancellations, HoldEndings endings, HoldRepository holds,
                                   SalesNoticesPersistenceAdapter notices) {
        this.cancellations = cancellations;
        this.endings = endings;
        this.holds = holds;
        this.notices = notices;
    }

    @Override
    @Transactional
    public boolean cancel(Order cancelled, List<Ticket> itsTickets, Instant now) {
        return Contention.guarded(() -> {
            Instant at = cancelled.cancellation().orElseThrow().at();
            if (cancellations.cancelOrder(cancelled.id().value(), cancelled.cancellation().get().by().name(),
                    cancelled.cancellation().get().refunded().minor(), at) == 0) {
                return false;
            }
            giveBack(cancelled.show().value(), new String[] {cancelled.id().toString()}, false);
            return true;
        });
    }

    @Override
    @Transactional
    public int cancelSales(ShowId show, Instant now) {
        return Contention.guarded(() -> {
            UUID id = show.value();
            List<UUID> live = cancellations.lockActiveHoldsOf(id);
            String[] orders = cancellations.cancelPaidOrdersOf(id, now).stream().sorted(HoldEndings.DATABASE_ORDER)
                    .map(UUID::toString).toArray(String[]::new);
            cancellations.voidTicketsOf(orders);
            cancellations.lockStockOf(id);
            cancellations.lockSeatClaimsOfShow(id);
            if (!live.isEmpty()) {
                String[] holdIds = HoldEndings.ids(live);
                holds.end(holdIds, HoldState.RELEASED.name(), now);
                endings.giveBack(holdIds);
            }
            if (orders.length > 0) {
                giveBack(id, orders, true);
                cancellations.refundInFull(orders, PaymentAttempt.REFUND_KEY_PREFIX, RefundCause.SHOW_CANCELLED.name(),
                        now);
                notices.showCancelled(orders, now);
            }
            return orders.length;
        });
    }

    @Override
    public List<ShowId> cancelledStillSelling(Instant since, int max) {
        return cancellations.cancelledShowsWithPaidOrders(since, max).stream().map(ShowId::new).toList();
    }

    /** Voids the orders' tickets and gives their places back: stock rows, then seat claims, each in key order. */
    private void giveBack(UUID show, String[] orders, boolean locked) {
        if (!locked) {
            cancellations.voidTicketsOf(orders);
            cancellations.lockStockOf(show);
            cancellations.lockSeatClaimsOf(show, orders);
        }
        cancellations.giveBackAreaPlaces(show, orders);
        cancellations.freeSeatsOf(show, orders);
    }
}
