package app.marquee.domain.sales.promo;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.event.EventId;
import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.hold.HoldPlacement;
import app.marquee.domain.sales.hold.HoldRequest;
import app.marquee.domain.sales.order.Order;
import app.marquee.domain.sales.order.TicketNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

import static app.marquee.domain.sales.SaleFixture.NOW;
import static app.marquee.domain.sales.SaleFixture.accepted;
import static app.marquee.domain.sales.SaleFixture.code;
import static app.marquee.domain.sales.SaleFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromoCodeTest {
    private static final AccountId ANN = AccountId.newId();
    private static final Instant FROM = Instant.parse("2026-11-15T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2026-12-05T00:00:00Z");
    private final SaleFixture box = new SaleFixture();

    @Test
    void takesAPercentageOffTheHoldTotalRoundedDownAndTheOrderChargesThat() {
        Hold hold = box.hold(ANN, box.seat(box.a1), box.standing(1));

        accepted(HoldPlacement.applyPromo(hold, box.show, promo(new Discount.PercentOff(15)), PromoUsage.none(), NOW));

        assertThat(hold.subtotal()).isEqualTo(eur(8000));
        assertThat(hold.promo().orElseThrow().discount()).isEqualTo(eur(1200));
        assertThat(hold.promo().orElseThrow().text()).isEqualTo("EARLY-BIRD");
        assertThat(hold.total()).isEqualTo(eur(6800));
        assertThat(accepted(Order.fromHold(hold, box.show, ANN, new TicketNumber(1), NOW)).order().total())
                .isEqualTo(eur(6800));
    }

    @Test
    void aFixedAmountNeverTakesTheTotalBelowZero() {
        Hold hold = box.hold(ANN, HoldRequest.Item.seat(box.w1, box.access.id()));

        accepted(HoldPlacement.applyPromo(hold, box.show, promo(new Discount.AmountOff(eur(2500))), PromoUsage.none(), NOW));

        assertThat(hold.promo().orElseThrow().discount()).isEqualTo(eur(2000));
        assertThat(hold.total()).isEqualTo(eur(0));
    }

    @Test
    void aFixedAmountIsInTheShowsCurrency() {
        Hold hold = box.hold(ANN, box.seat(box.a1));
        PromoCode dollars = promo(new Discount.AmountOff(Money.of(500, "USD")));

        assertThat(code(HoldPlacement.applyPromo(hold, box.show, dollars, PromoUsage.none(), NOW)))
                .isEqualTo("PROMO_CODE_CURRENCY_MISMATCH");
        assertThat(hold.promo()).isEmpty();
    }

    @Test
    void isValidFromItsFirstInstantUntilJustBeforeItsLast() {
        PromoCode promo = promo(new Discount.PercentOff(10));

        assertThat(code(promo.discountFor(Optional.of(box.event), eur(1000), PromoUsage.none(), FROM.minusMillis(1))))
                .isEqualTo("PROMO_CODE_NOT_YET_VALID");
        assertThat(promo.discountFor(Optional.of(box.event), eur(1000), PromoUsage.none(), FROM).isAccepted()).isTrue();
        assertThat(code(promo.discountFor(Optional.of(box.event), eur(1000), PromoUsage.none(), UNTIL)))
                .isEqualTo("PROMO_CODE_EXPIRED");
    }

    @Test
    void worksOnlyForItsOwnEvent() {
        PromoCode promo = promo(new Discount.PercentOff(10));

        assertThat(code(promo.discountFor(Optional.of(EventId.newId()), eur(1000), PromoUsage.none(), NOW)))
                .isEqualTo("PROMO_CODE_OTHER_EVENT");
        assertThat(code(promo.discountFor(Optional.empty(), eur(1000), PromoUsage.none(), NOW)))
                .isEqualTo("PROMO_CODE_OTHER_EVENT");
    }

    @Test
    void stopsAtItsUsageCapAndAtEachBuyersCap() {
        PromoCode promo = new PromoCode(PromoCodeId.newId(), "vip", box.event, new Discount.PercentOff(10), FROM, UNTIL,
                OptionalInt.of(100), OptionalInt.of(2));

        assertThat(promo.discountFor(Optional.of(box.event), eur(1000), new PromoUsage(99, 1), NOW).isAccepted()).isTrue();
        assertThat(code(promo.discountFor(Optional.of(box.event), eur(1000), new PromoUsage(100, 0), NOW)))
                .isEqualTo("PROMO_CODE_EXHAUSTED");
        assertThat(code(promo.discountFor(Optional.of(box.event), eur(1000), new PromoUsage(50, 2), NOW)))
                .isEqualTo("PROMO_CODE_USER_LIMIT_REACHED");
    }

    @Test
    void aCodeIsTypedInAnyCaseAndValidatesItself() {
        assertThat(PromoCode.normalise(" early-Bird ")).isEqualTo("EARLY-BIRD");
        assertThatThrownBy(() -> PromoCode.normalise("no spaces")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PromoCode.normalise("ab")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PromoCode.typed(" early-Bird ")).contains("EARLY-BIRD");
        assertThat(PromoCode.typed("no spaces")).isEmpty();
        assertThat(PromoCode.typed(null)).isEmpty();
        assertThatThrownBy(() -> new Discount.PercentOff(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Discount.PercentOff(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Discount.AmountOff(eur(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PromoCode(PromoCodeId.newId(), "LATE", box.event, new Discount.PercentOff(5),
                UNTIL, FROM, OptionalInt.empty(), OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PromoCode(PromoCodeId.newId(), "ZERO", box.event, new Discount.PercentOff(5),
                FROM, UNTIL, OptionalInt.of(0), OptionalInt.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PromoUsage(1, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private PromoCode promo(Discount discount) {
        return new PromoCode(PromoCodeId.newId(), "Early-Bird", box.event, discount, FROM, UNTIL, OptionalInt.empty(),
                OptionalInt.empty());
    }
}
