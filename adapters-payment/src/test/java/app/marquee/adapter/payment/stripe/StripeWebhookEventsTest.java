package app.marquee.adapter.payment.stripe;

import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentEvent;
import app.marquee.domain.payment.PaymentId;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StripeWebhookEventsTest {
    private final StripeWebhookEvents events = new StripeWebhookEvents();

    @Test
    void aSucceededPaymentIntentNamesItsKeyReferenceAndTheAmountReceived() {
        PaymentEvent event = read("""
                {"id":"evt_1","object":"event","type":"payment_intent.succeeded","data":{"object":{
                  "id":"pi_3Test1","object":"payment_intent","amount":4500,"amount_received":4500,"currency":"eur",
                  "status":"succeeded","metadata":{"reference":"Marquee hold 7c3","payment_key":"marquee-payment-1"}}}}""");

        assertThat(event).isEqualTo(new PaymentEvent.Succeeded("evt_1", new PaymentId("pi_3Test1"),
                Money.of(4500, "EUR"), Optional.of(new IdempotencyKey("marquee-payment-1")),
                Optional.of("Marquee hold 7c3")));
    }

    @Test
    void aFailedPaymentIntentCarriesStripesDeclineCode() {
        PaymentEvent event = read("""
                {"id":"evt_2","type":"payment_intent.payment_failed","data":{"object":{"id":"pi_2",
                  "object":"payment_intent","amount":4500,"currency":"eur","status":"requires_payment_method",
                  "last_payment_error":{"code":"card_declined","decline_code":"insufficient_funds"},
                  "metadata":{"reference":"Marquee hold 7c3"}}}}""");

        assertThat(event).isEqualTo(new PaymentEvent.Failed("evt_2", Optional.empty(), Optional.of("Marquee hold 7c3"),
                "insufficient_funds"));
    }

    @Test
    void otherEventsAndUnreadableBodiesAreIgnored() {
        assertThat(read("""
                {"id":"evt_3","type":"charge.refunded","data":{"object":{"id":"ch_1","object":"charge"}}}"""))
                .isEqualTo(new PaymentEvent.Ignored("evt_3", "charge.refunded"));
        assertThat(read("""
                {"id":"evt_4","type":"payment_intent.succeeded","data":{"object":{"id":"pi_4",
                  "object":"payment_intent","amount":"lots"}}}""")).isInstanceOf(PaymentEvent.Ignored.class);
        assertThat(read("not json")).isInstanceOf(PaymentEvent.Ignored.class);
    }

    private PaymentEvent read(String json) {
        return events.read(json.getBytes(StandardCharsets.UTF_8));
    }
}
