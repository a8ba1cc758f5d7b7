package app.marquee.domain.sales.promo;

import app.marquee.domain.payment.Money;

import java.util.Objects;

/**
 * What a promo code takes off a total: a percentage (1 to 100, rounded down to the minor unit) or
 * a fixed amount; either way never more than the total, so a total never goes below zero.
 */
public sealed interface Discount permits Discount.PercentOff, Discount.AmountOff {

    /** The part of {@code total} this discount takes off, at most all of it. */
    Money off(Money total);

    record PercentOff(int percent) implements Discount {
        public PercentOff {
            if (percent < 1 || percent > 100) {
                throw new IllegalArgumentException("a percentage discount is 1 to 100");
            }
        }

        @Override
        public Money off(Money total) {
            return total.percent(percent);
        }
    }

    record AmountOff(Money amount) implements Discount {
        public AmountOff {
            Objects.requireNonNull(amount, "amount");
            if (amount.isZero()) {
                throw new IllegalArgumentException("a fixed discount takes something off");
            }
        }

        /** @throws IllegalArgumentException when the total is in another currency */
        @Override
        public Money off(Money total) {
            return total.compareTo(amount) <= 0 ? total : amount;
        }
    }
}
