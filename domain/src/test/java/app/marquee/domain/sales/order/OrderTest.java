package app.marquee.domain.sales.order;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.hold.Hold;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.marquee.domain.sales.SaleFixture.NOW;
import static app.marquee.domain.sales.SaleFixture.accepted;
import static app.marquee.domain.sales.SaleFixture.code;
import static app.marquee.domain.sales.SaleFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderTest {
    private static final AccountId ANN = AccountId.newId();
    private final SaleFixture box = new SaleFixture();

    @Test
    void payingAHoldMakesAPaidOrderWithOneNumberedTicketPerPlaceBoundToTheBuyer() {
        Hold hold = box.hold(ANN, box.seat(box.a1), box.standing(2));

        Purchase purchase = accepted(Order.fromHold(hold, ANN, new TicketNumber(41), NOW));

        Order order = purchase.order();
        assertThat(order.state()).isEqualTo(OrderState.PAID);
        assertThat(order.total()).isEqualTo(hold.total()).isEqualTo(eur(11000));
        assertThat(order.lines()).isEqualTo(hold.items());
        assertThat(order.hold()).isEqualTo(hold.id());
        assertThat(hold.state()).isEqualTo(app.marquee.domain.sales.hold.HoldState.CONVERTED);
        assertThat(purchase.tickets()).extracting(t -> t.number().value()).containsExactly(41L, 42L, 43L);
        assertThat(purchase.tickets()).allSatisfy(t -> {
            assertThat(t.holder()).isEqualTo(ANN);
            assertThat(t.order()).isEqualTo(order.id());
            assertThat(t.state()).isEqualTo(TicketState.VALID);
        });
        assertThat(purchase.tickets().get(0).seat()).contains(box.a1);
        assertThat(purchase.tickets().get(2).area()).contains(box.standing);
        assertThat(purchase.tickets().get(2).price()).isEqualTo(eur(3000));
    }

    @Test
    void cannotBeMadeFromAnExpiredHoldOrAnotherBuyersOrTwice() {
        Hold hold = box.hold(ANN, box.seat(box.a1));

        assertThat(code(Order.fromHold(hold, ANN, new TicketNumber(1), hold.expiresAt()))).isEqualTo("HOLD_EXPIRED");
        assertThat(code(Order.fromHold(hold, AccountId.newId(), new TicketNumber(1), NOW))).isEqualTo("HOLD_NOT_FOUND");
        accepted(Order.fromHold(hold, ANN, new TicketNumber(1), NOW));
        assertThat(code(Order.fromHold(hold, ANN, new TicketNumber(2), NOW))).isEqualTo("HOLD_NOT_ACTIVE");
    }

    @Test
    void cancellingVoidsEveryTicketSoThePlacesReturnToSaleAndHappensOnce() {
        Purchase purchase = box.buy(ANN, box.seat(box.a1), box.standing(1));

        assertThat(purchase.order().cancel(CancelledBy.BUYER, eur(4000), purchase.tickets(), NOW).isAccepted())
                .isTrue();

        assertThat(purchase.order().state()).isEqualTo(OrderState.CANCELLED);
        assertThat(purchase.order().cancellation().orElseThrow().refunded()).isEqualTo(eur(4000));
        assertThat(purchase.tickets()).allSatisfy(t -> assertThat(t.claim()).isEmpty());
        assertThat(code(purchase.order().cancel(CancelledBy.ORGANISER, eur(0), purchase.tickets(), NOW)))
                .isEqualTo("ORDER_ALREADY_CANCELLED");
    }

    @Test
    void neverRefundsMoreThanWasPaidNorLeavesATicketValid() {
        Purchase purchase = box.buy(ANN, box.seat(box.a1), box.seat(box.a2));
        Order order = purchase.order();
        List<Ticket> oneOfTwo = purchase.tickets().subList(0, 1);

        assertThatThrownBy(() -> order.cancel(CancelledBy.BUYER, eur(10001), purchase.tickets(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.cancel(CancelledBy.BUYER, eur(100), oneOfTwo, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(order.state()).isEqualTo(OrderState.PAID);
    }

    @Test
    void aTicketIsAdmittedOnce() {
        Ticket ticket = box.buy(ANN, box.seat(box.a1)).tickets().get(0);

        ticket.admit(NOW);

        assertThat(ticket.checkedInAt()).contains(NOW);
        assertThatThrownBy(() -> ticket.admit(NOW)).isInstanceOf(IllegalStateException.class);
    }
}
