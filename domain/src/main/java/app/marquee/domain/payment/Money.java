package app.marquee.domain.payment;

import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in minor units (cents, centimes) of an ISO 4217 currency, never negative and
 * never a floating-point number: what a buyer is shown is exactly what is charged. Sums only
 * combine one currency; a share (a refund percentage, a discount) rounds down to the minor unit,
 * so a refund never exceeds what was captured.
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {
    public Money {
        Objects.requireNonNull(currency, "currency");
        if (minor < 0) {
            throw new IllegalArgumentException("an amount of money is never negative");
        }
    }

    public static Money of(long minor, String currencyCode) {
        return new Money(minor, Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(minor, same(other).minor), currency);
    }

    /** This amount less {@code other}; taking away more than there is is a programming error. */
    public Money minus(Money other) {
        long left = minor - same(other).minor;
        if (left < 0) {
            throw new IllegalArgumentException("cannot take " + other + " from " + this);
        }
        return new Money(left, currency);
    }

    /** This amount less {@code other}, stopping at zero (a discount larger than the price). */
    public Money minusAtMostAll(Money other) {
        return new Money(Math.max(0, minor - same(other).minor), currency);
    }

    public Money times(int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("a quantity is never negative");
        }
        return new Money(Math.multiplyExact(minor, quantity), currency);
    }

    /** {@code percent} per cent of this amount (0 to 100), rounded down to the minor unit. */
    public Money percent(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("a share is between 0 and 100 per cent");
        }
        return new Money(Math.multiplyExact(minor, percent) / 100, currency);
    }

    public boolean isZero() {
        return minor == 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(minor, same(other).minor);
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
        return other;
    }

    @Override
    public String toString() {
        return minor + " " + currency.getCurrencyCode();
    }
}
