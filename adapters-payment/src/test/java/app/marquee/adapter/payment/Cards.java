package app.marquee.adapter.payment;

import app.marquee.domain.payment.ChargeRequest;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.card.Card;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;

/** Cards and charges for the adapter tests. The security code 987 appears nowhere else in them. */
public final class Cards {
    public static final String CVC = "987";
    public static final String VISA = "4242424242424242";
    public static final String DECLINED = "4000000000000002";
    public static final String INSUFFICIENT_FUNDS = "4000000000009995";
    public static final String PROCESSING_ERROR = "4000000000000119";

    private Cards() {
    }

    public static Card card(String number) {
        Outcome<Card> card = Card.given(number, 12, 2034, number.startsWith("3") ? "9870" : CVC,
                Instant.parse("2026-11-21T10:00:00Z"));
        return ((Outcome.Accepted<Card>) card).value();
    }

    public static ChargeRequest charge(String key, long cents, String number) {
        return new ChargeRequest(new IdempotencyKey(key), Money.of(cents, "EUR"), card(number), "order-" + key);
    }
}
