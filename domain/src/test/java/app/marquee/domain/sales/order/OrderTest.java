package app.marquee.domain.sales.order;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.hold.HoldItem;
import app.marquee.domain.sales.hold.HoldKind;
import app.marquee.domain.sales.hold.HoldState;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static app.marquee.domain.sales.SaleFixture.NOW;
import static app.marquee.domain.sales.SaleFixture.STARTS;
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

        Purchase purchase = accepted(Order.fromHold(hold, box.show, ANN, new TicketNumber(41), NOW));

        Order order = purchase.order();
        assertThat(order.state()).isEqualTo(OrderState.PAID);
        assertThat(order.total()).isEqualTo(hold.total()).isEqualTo(eur(11000));
        assertThat(order.lines()).isEqualTo(hold.items());
        assertThat(order.hold()).isEqualTo(hold.id());
        assertThat(hold.state()).isEqualTo(HoldState.CONVERTED);
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
    void ticketsTakeTheNumbersTheStoreDrewInLineOrderAndNeedOneDistinctNumberPerPlace() {
        Hold hold = box.hold(ANN, box.seat(box.a1), box.standing(2));
        List<TicketNumber> drawn = List.of(new TicketNumber(907), new TicketNumber(12), new TicketNumber(500));

        Purchase purchase = accepted(Order.fromHold(hold, box.show, ANN, drawn, NOW));

        assertThat(purchase.tickets()).extracting(Ticket::number).containsExactlyElementsOf(drawn);
        Hold other = box.hold(AccountId.newId(), box.seat(box.a2), box.standing(1));
        assertThatThrownBy(() -> Order.fromHold(other, box.show, other.buyer(), drawn.subList(0, 1), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Order.fromHold(other, box.show, other.buyer(),
                List.of(new TicketNumber(3), new TicketNumber(3)), NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(other.state()).isEqualTo(HoldState.ACTIVE);
    }

    @Test
    void cannotBeMadeFromAnExpiredHoldOrAnotherBuyersOrTwice() {
        Hold hold = box.hold(ANN, box.seat(box.a1));

        assertThat(code(Order.fromHold(hold, box.show, ANN, one(), hold.expiresAt()))).isEqualTo("HOLD_EXPIRED");
        assertThat(code(Order.fromHold(hold, box.show, AccountId.newId(), one(), NOW))).isEqualTo("HOLD_NOT_FOUND");
        accepted(Order.fromHold(hold, box.show, ANN, one(), NOW));
        assertThat(code(Order.fromHold(hold, box.show, ANN, one(), NOW))).isEqualTo("HOLD_NOT_ACTIVE");
    }

    @Test
    void aLiveHoldIsPaidEvenJustAfterTheSaleClosesButNeverForACancelledShow() {
        Hold late = Hold.rehydrate(HoldId.newId(), box.show.id(), ANN, HoldKind.PURCHASE,
                List.of(HoldItem.seat(box.a1, box.category1.id(), eur(5000))), Optional.empty(),
                STARTS.minusSeconds(60), STARTS.plusSeconds(540), HoldState.ACTIVE);
        Hold other = box.hold(ANN, box.seat(box.a2));

        assertThat(Order.fromHold(late, box.show, ANN, one(), STARTS.plusSeconds(60)).isAccepted()).isTrue();
        box.show.cancel(NOW);
        assertThat(code(Order.fromHold(other, box.show, ANN, one(), NOW))).isEqualTo("SHOW_CANCELLED");
        assertThat(other.state()).isEqualTo(HoldState.ACTIVE);
    }

    private static TicketNumber one() {
        return new TicketNumber(1);
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
