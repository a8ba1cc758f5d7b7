package app.marquee.domain.sales.refund;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.order.CancelledBy;
import app.marquee.domain.sales.order.OrderState;
import app.marquee.domain.sales.order.Purchase;
import app.marquee.domain.sales.order.TicketState;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static app.marquee.domain.sales.SaleFixture.STARTS;
import static app.marquee.domain.sales.SaleFixture.accepted;
import static app.marquee.domain.sales.SaleFixture.code;
import static app.marquee.domain.sales.SaleFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;

class OrderCancellationTest {
    private static final AccountId ANN = AccountId.newId();
    private final SaleFixture box = new SaleFixture();
    private final Purchase purchase = box.buy(ANN, box.seat(box.a1), box.seat(box.a2));

    @Test
    void theBuyerCancelsWithTheRefundThePolicyQuotesAndTheTicketsGoVoid() {
        RefundQuote quote = accepted(OrderCancellation.byBuyer(purchase.order(), ANN, purchase.tickets(), STARTS,
                RefundPolicy.DEFAULT, STARTS.minus(Duration.ofHours(3))));

        assertThat(quote.amount()).isEqualTo(eur(5000));
        assertThat(purchase.order().state()).isEqualTo(OrderState.CANCELLED);
        assertThat(purchase.order().cancellation().orElseThrow().by()).isEqualTo(CancelledBy.BUYER);
        assertThat(purchase.tickets()).allSatisfy(t -> assertThat(t.state()).isEqualTo(TicketState.VOID));
    }

    @Test
    void tooLateToGetAnythingBackTheOrderCannotBeCancelled() {
        assertThat(code(OrderCancellation.byBuyer(purchase.order(), ANN, purchase.tickets(), STARTS,
                RefundPolicy.DEFAULT, STARTS.minusSeconds(60)))).isEqualTo("NOT_REFUNDABLE");
        assertThat(purchase.order().state()).isEqualTo(OrderState.PAID);
        assertThat(purchase.tickets()).allSatisfy(t -> assertThat(t.state()).isEqualTo(TicketState.VALID));
    }

    @Test
    void someoneElsesOrderDoesNotExistForThem() {
        assertThat(code(OrderCancellation.byBuyer(purchase.order(), AccountId.newId(), purchase.tickets(), STARTS,
                RefundPolicy.DEFAULT, STARTS.minus(Duration.ofDays(5))))).isEqualTo("ORDER_NOT_FOUND");
    }

    @Test
    void anOrderIsCancelledOnce() {
        accepted(OrderCancellation.byOrganiser(purchase.order(), purchase.tickets(), STARTS.minusSeconds(60)));

        assertThat(code(OrderCancellation.byBuyer(purchase.order(), ANN, purchase.tickets(), STARTS,
                RefundPolicy.DEFAULT, STARTS.minus(Duration.ofDays(5))))).isEqualTo("ORDER_ALREADY_CANCELLED");
        assertThat(code(OrderCancellation.byOrganiser(purchase.order(), purchase.tickets(), STARTS)))
                .isEqualTo("ORDER_ALREADY_CANCELLED");
    }

    @Test
    void theOrganisersCancellationRefundsEverythingEvenAtTheLastMinute() {
        RefundQuote quote = accepted(OrderCancellation.byOrganiser(purchase.order(), purchase.tickets(),
                STARTS.minusSeconds(60)));

        assertThat(quote.percent()).isEqualTo(100);
        assertThat(quote.amount()).isEqualTo(eur(10000));
        assertThat(purchase.order().cancellation().orElseThrow().by()).isEqualTo(CancelledBy.ORGANISER);
    }
}
