package app.marquee.domain.payment.card;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The month and year printed on a card. A card can be used until the end of that month; the
 * month is read in UTC, so a card runs out at the same instant for every buyer.
 */
public record CardExpiry(int month, int year) {
    /** No card is issued for longer than this. */
    static final int MAX_YEARS_AHEAD = 20;

    public CardExpiry {
        if (month < 1 || month > 12 || year < 2000 || year > 9999) {
            throw new IllegalArgumentException("an expiry is a month 1-12 and a four-digit year");
        }
    }

    static boolean isPlausible(int month, int year, Instant now) {
        return month >= 1 && month <= 12 && year >= 2000 && year <= thisMonth(now).getYear() + MAX_YEARS_AHEAD;
    }

    public boolean isExpiredAt(Instant now) {
        return YearMonth.of(year, month).isBefore(thisMonth(now));
    }

    private static YearMonth thisMonth(Instant now) {
        return YearMonth.from(now.atOffset(ZoneOffset.UTC));
    }

    @Override
    public String toString() {
        return (month < 10 ? "0" : "") + month + "/" + year;
    }
}
