package app.marquee.domain.sales.refund;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.SaleFixture;
import app.marquee.domain.sales.order.Order;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static app.marquee.domain.sales.SaleFixture.STARTS;
import static app.marquee.domain.sales.SaleFixture.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RefundPolicyTest {
    private static final RefundPolicy POLICY = RefundPolicy.DEFAULT;
    private static final RefundQuote FULL = new RefundQuote(100, eur(8000), RefundReason.NOTICE_TIER);
    private static final RefundQuote HALF = new RefundQuote(50, eur(4000), RefundReason.NOTICE_TIER);
    private final SaleFixture box = new SaleFixture();
    private final Order order = box.buy(AccountId.newId(), box.seat(box.a1), box.standing(1)).order();

    @Test
    void refundsEverythingUpToExactly48HoursBeforeTheShow() {
        assertThat(quote(STARTS.minus(Duration.ofDays(9)))).isEqualTo(FULL);
        assertThat(quote(STARTS.minus(Duration.ofHours(48)))).isEqualTo(FULL);
        assertThat(quote(STARTS.minus(Duration.ofHours(48)).plusSeconds(1)).percent()).isEqualTo(50);
    }

    @Test
    void refundsHalfUpToExactlyTwoHoursBefore() {
        assertThat(quote(STARTS.minus(Duration.ofHours(2)))).isEqualTo(HALF);
        assertThat(quote(STARTS.minus(Duration.ofHours(2)).plusSeconds(1)))
                .isEqualTo(new RefundQuote(0, eur(0), RefundReason.TOO_LATE));
    }

    @Test
    void refundsNothingOnceTheShowHasStarted() {
        assertThat(quote(STARTS.minusSeconds(1)).reason()).isEqualTo(RefundReason.TOO_LATE);
        assertThat(quote(STARTS)).isEqualTo(new RefundQuote(0, eur(0), RefundReason.SHOW_STARTED));
        assertThat(quote(STARTS.plusSeconds(3600)).givesNothing()).isTrue();
    }

    @Test
    void anOrganisersCancellationRefundsEverything() {
        assertThat(RefundPolicy.showCancelled(order))
                .isEqualTo(new RefundQuote(100, eur(8000), RefundReason.SHOW_CANCELLED));
    }

    @Test
    void roundsAShareDownToTheCent() {
        Order odd = box.buy(AccountId.newId(), box.seat(box.a2)).order();
        RefundPolicy third = new RefundPolicy(List.of(new RefundTier(Duration.ZERO, 33)));

        assertThat(third.quote(odd, STARTS, STARTS.minusSeconds(1)).amount()).isEqualTo(eur(1650));
    }

    @Test
    void tiersAreConfigurable() {
        RefundPolicy generous = new RefundPolicy(List.of(new RefundTier(Duration.ofDays(7), 100),
                new RefundTier(Duration.ofDays(1), 80), new RefundTier(Duration.ZERO, 10)));

        assertThat(generous.quote(order, STARTS, STARTS.minus(Duration.ofDays(2))).percent()).isEqualTo(80);
        assertThat(generous.quote(order, STARTS, STARTS.minusSeconds(1)).percent()).isEqualTo(10);
        assertThat(new RefundPolicy(List.of()).quote(order, STARTS, STARTS.minus(Duration.ofDays(30))).percent())
                .isZero();
    }

    @Test
    void tiersGoFromTheLongestNoticeDownAndNeverRefundMoreForLess() {
        RefundTier day = new RefundTier(Duration.ofDays(1), 50);
        RefundTier week = new RefundTier(Duration.ofDays(7), 100);

        assertThatThrownBy(() -> new RefundPolicy(List.of(day, week))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundPolicy(List.of(day, day))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundPolicy(List.of(new RefundTier(Duration.ofDays(7), 10), day)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundTier(Duration.ofHours(1), 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundTier(Duration.ofHours(1), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefundTier(Duration.ofHours(-1), 50)).isInstanceOf(IllegalArgumentException.class);
    }

    private RefundQuote quote(Instant now) {
        return POLICY.quote(order, STARTS, now);
    }
}
