package app.marquee.adapter.payment.fake;

import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.payment.PaymentResult;

import java.util.Map;
import java.util.Optional;

/**
 * Stripe's public test card numbers and what Stripe answers for each, so a demo or a test can
 * choose its outcome by the card it types. Any other number that passes the Luhn check succeeds.
 */
final class TestCards {
    private static final Map<String, PaymentResult> OUTCOMES = Map.of(
            "4000000000000002", new PaymentResult.Declined(DeclineReason.CARD_DECLINED),
            "4000000000009995", new PaymentResult.Declined(DeclineReason.INSUFFICIENT_FUNDS),
            "4000000000009987", new PaymentResult.Declined(DeclineReason.LOST_OR_STOLEN_CARD),
            "4000000000009979", new PaymentResult.Declined(DeclineReason.LOST_OR_STOLEN_CARD),
            "4000000000000069", new PaymentResult.Declined(DeclineReason.EXPIRED_CARD),
            "4000000000000127", new PaymentResult.Declined(DeclineReason.INCORRECT_CVC),
            "4100000000000019", new PaymentResult.Declined(DeclineReason.SUSPECTED_FRAUD),
            "4000000000000119", new PaymentResult.Failed("processing_error", true));

    private TestCards() {
    }

    /** The refusal or failure Stripe gives this number, or empty when the charge succeeds. */
    static Optional<PaymentResult> unsuccessfulOutcome(String number) {
        return Optional.ofNullable(OUTCOMES.get(number));
    }
}
