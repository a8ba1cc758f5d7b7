package app.marquee.adapter.payment.stripe;

import app.marquee.domain.payment.card.Card;

import java.util.Map;
import java.util.Optional;

/**
 * How a card reaches Stripe: never as its number. Stripe refuses raw card numbers unless an account
 * is cleared for them (PCI DSS), and Marquee must not hold that liability. In test mode each of
 * Stripe's public test cards has a ready PaymentMethod ({@code pm_card_visa} and so on) that the
 * PaymentIntent names instead; any other card has none here and is declined as CARD_NOT_SUPPORTED
 * before anything is sent. Live payments need the browser to give its card to Stripe.js and send
 * Marquee the PaymentMethod id it gets back (the next step, with the order endpoint).
 */
final class StripeTestPaymentMethods {
    private static final Map<String, String> BY_NUMBER = Map.ofEntries(
            Map.entry("4242424242424242", "pm_card_visa"),
            Map.entry("4000056655665556", "pm_card_visa_debit"),
            Map.entry("5555555555554444", "pm_card_mastercard"),
            Map.entry("378282246310005", "pm_card_amex"),
            Map.entry("6011111111111117", "pm_card_discover"),
            Map.entry("4000000000000002", "pm_card_visa_chargeDeclined"),
            Map.entry("4000000000009995", "pm_card_visa_chargeDeclinedInsufficientFunds"),
            Map.entry("4000000000009987", "pm_card_visa_chargeDeclinedLostCard"),
            Map.entry("4000000000009979", "pm_card_visa_chargeDeclinedStolenCard"),
            Map.entry("4000000000000069", "pm_card_chargeDeclinedExpiredCard"),
            Map.entry("4000000000000127", "pm_card_chargeDeclinedIncorrectCvc"),
            Map.entry("4000000000000119", "pm_card_chargeDeclinedProcessingError"),
            Map.entry("4100000000000019", "pm_card_radarBlock"));

    private StripeTestPaymentMethods() {
    }

    static Optional<String> forCard(Card card) {
        return Optional.ofNullable(BY_NUMBER.get(card.revealNumber()));
    }
}
