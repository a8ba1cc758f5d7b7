package app.marquee.domain.payment.card;

/**
 * The card network, told from the number's first digits (its issuer identification number), so a
 * receipt can say "Visa ending 4242" without keeping the number.
 */
public enum CardBrand {
    VISA, MASTERCARD, AMEX, DISCOVER, DINERS, JCB, UNIONPAY, UNKNOWN;

    /** The brand of a number of digits only (already checked as such). */
    static CardBrand of(String digits) {
        int two = Integer.parseInt(digits.substring(0, 2));
        int three = Integer.parseInt(digits.substring(0, 3));
        int four = Integer.parseInt(digits.substring(0, 4));
        if (digits.startsWith("4")) {
            return VISA;
        }
        if (two == 34 || two == 37) {
            return AMEX;
        }
        if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) {
            return MASTERCARD;
        }
        if (four == 6011 || two == 65 || (three >= 644 && three <= 649)) {
            return DISCOVER;
        }
        if (four >= 3528 && four <= 3589) {
            return JCB;
        }
        if (two == 36 || two == 38 || two == 39 || (three >= 300 && three <= 305)) {
            return DINERS;
        }
        if (two == 62) {
            return UNIONPAY;
        }
        return UNKNOWN;
    }

    /** American Express prints a four-digit security code; the others three. */
    int cvcLength() {
        return this == AMEX ? 4 : 3;
    }
}
