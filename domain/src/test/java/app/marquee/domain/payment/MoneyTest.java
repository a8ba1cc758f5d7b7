package app.marquee.domain.payment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {
    private static final Money TEN_EUROS = Money.of(1000, "EUR");

    @Test
    void isNeverNegative() {
        assertThatThrownBy(() -> Money.of(-1, "EUR")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TEN_EUROS.minus(Money.of(1001, "EUR"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(TEN_EUROS.minusAtMostAll(Money.of(1500, "EUR"))).isEqualTo(Money.of(0, "EUR"));
    }

    @Test
    void combinesOnlyOneCurrency() {
        assertThatThrownBy(() -> TEN_EUROS.plus(Money.of(1, "USD"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(TEN_EUROS.plus(Money.of(1, "EUR"))).isEqualTo(Money.of(1001, "EUR"));
    }

    @Test
    void aShareRoundsDownSoARefundNeverExceedsTheCharge() {
        assertThat(Money.of(999, "EUR").percent(50)).isEqualTo(Money.of(499, "EUR"));
        assertThat(Money.of(999, "EUR").percent(100)).isEqualTo(Money.of(999, "EUR"));
        assertThatThrownBy(() -> TEN_EUROS.percent(101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void multipliesByAQuantityWithoutOverflowingSilently() {
        assertThat(Money.of(1250, "EUR").times(3)).isEqualTo(Money.of(3750, "EUR"));
        assertThatThrownBy(() -> Money.of(Long.MAX_VALUE, "EUR").times(2)).isInstanceOf(ArithmeticException.class);
    }
}
