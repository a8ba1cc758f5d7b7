package app.marquee.domain.sales.order;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldState;
import org.junit.jupiter.api.Test;

import static app.marquee.domain.sales.SaleFixture.NOW;
import static app.marquee.domain.sales.SaleFixture.accepted;
import static app.marquee.domain.sales.SaleFixture.code;
import static org.assertj.core.api.Assertions.assertThat;

class OrderPayableTest {
    private static final AccountId ANN = AccountId.newId();
    private final SaleFixture box = new SaleFixture();

    @Test
    void aLiveHoldOfTheBuyerIsPayableAndStaysActiveUntilTheOrderIsMade() {
        Hold hold = box.hold(ANN, box.seat(box.a1));

        assertThat(accepted(Order.payable(hold, box.show, ANN, NOW))).isSameAs(hold);
        assertThat(hold.state()).isEqualTo(HoldState.ACTIVE);
    }

    @Test
    void isRefusedAsTheOrderWouldBeBeforeAnyMoneyMoves() {
        Hold hold = box.hold(ANN, box.seat(box.a1));

        assertThat(code(Order.payable(hold, box.show, AccountId.newId(), NOW))).isEqualTo("HOLD_NOT_FOUND");
        assertThat(code(Order.payable(hold, box.show, ANN, hold.expiresAt()))).isEqualTo("HOLD_EXPIRED");
        accepted(hold.release());
        assertThat(code(Order.payable(hold, box.show, ANN, NOW))).isEqualTo("HOLD_NOT_ACTIVE");
    }

    @Test
    void aHoldOfACancelledShowIsNotPayable() {
        Hold hold = box.hold(ANN, box.seat(box.a1));
        accepted(box.show.cancel(NOW));

        assertThat(code(Order.payable(hold, box.show, ANN, NOW))).isEqualTo("SHOW_CANCELLED");
    }
}
