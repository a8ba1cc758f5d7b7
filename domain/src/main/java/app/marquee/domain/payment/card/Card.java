package app.marquee.domain.payment.card;

import app.marquee.domain.payment.PaymentRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A payment card as the buyer gave it: number, expiry and security code. It lives only as long as
 * the payment request that carries it. Marquee never stores or logs the number or the code: the
 * domain shows the card only as its {@link CardSummary} (brand and last four digits), and
 * {@link #toString()} prints nothing more. Only a payment adapter reads the number and the code,
 * through the deliberately named {@link #revealNumber()} and {@link #revealCvc()}.
 *
 * <p>A card is accepted only if its number passes the Luhn check, its expiry month is not over and
 * its security code has the brand's length, so an invalid card is refused before any charge.
 */
public final class Card {
    private static final Pattern SEPARATORS = Pattern.compile("[ -]");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{12,19}");
    private final String number;
    private final CardExpiry expiry;
    private final String cvc;
    private final CardSummary summary;

    private Card(String number, CardExpiry expiry, String cvc) {
        this.number = number;
        this.expiry = expiry;
        this.cvc = cvc;
        this.summary = new CardSummary(CardBrand.of(number), number.substring(number.length() - 4));
    }

    /**
     * The card the buyer typed, checked at {@code now}: spaces and dashes in the number are
     * ignored; a wrong number, expiry or code is a rejection naming the field.
     */
    public static Outcome<Card> given(String number, int expiryMonth, int expiryYear, String cvc, Instant now) {
        Objects.requireNonNull(now, "now");
        String digits = number == null ? "" : SEPARATORS.matcher(number.strip()).replaceAll("");
        if (!NUMBER.matcher(digits).matches() || !Luhn.isValid(digits)) {
            return Outcome.rejected(Rejection.onField(PaymentRejection.CARD_NUMBER_INVALID, "number"));
        }
        if (!CardExpiry.isPlausible(expiryMonth, expiryYear, now)) {
            return Outcome.rejected(Rejection.onField(PaymentRejection.CARD_EXPIRY_INVALID, "expiry"));
        }
        CardExpiry expiry = new CardExpiry(expiryMonth, expiryYear);
        if (expiry.isExpiredAt(now)) {
            return Outcome.rejected(Rejection.onField(PaymentRejection.CARD_EXPIRED, "expiry"));
        }
        String code = cvc == null ? "" : cvc.strip();
        if (!code.matches("[0-9]{" + CardBrand.of(digits).cvcLength() + "}")) {
            return Outcome.rejected(Rejection.onField(PaymentRejection.CARD_CVC_INVALID, "cvc"));
        }
        return Outcome.accepted(new Card(digits, expiry, code));
    }

    public CardSummary summary() {
        return summary;
    }

    public CardBrand brand() {
        return summary.brand();
    }

    public CardExpiry expiry() {
        return expiry;
    }

    /** The full number, digits only. For a payment adapter deciding or tokenising; never store or log it. */
    public String revealNumber() {
        return number;
    }

    /** The security code. For a payment adapter only; never store or log it. */
    public String revealCvc() {
        return cvc;
    }

    /** Two cards are the same card when number, expiry and code all match. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Card card && number.equals(card.number) && expiry.equals(card.expiry)
                && cvc.equals(card.cvc);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, expiry, cvc);
    }

    /** The brand, last four digits and expiry: never the number or the code. */
    @Override
    public String toString() {
        return "Card[" + summary + ", expires " + expiry + "]";
    }
}
