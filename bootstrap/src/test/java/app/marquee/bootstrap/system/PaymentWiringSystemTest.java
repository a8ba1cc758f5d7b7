package app.marquee.bootstrap.system;

import app.marquee.adapter.payment.fake.FakePaymentGateway;
import app.marquee.application.payment.port.out.ChargePaymentPort;
import app.marquee.application.payment.port.out.RefundPaymentPort;
import app.marquee.application.payment.port.out.VerifyPaymentWebhookPort;
import app.marquee.domain.payment.ChargeRequest;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.WebhookVerdict;
import app.marquee.domain.payment.card.Card;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booted application pays with the fake provider unless told otherwise, and believes only webhook
 * calls signed with its endpoint secret (the tests' own, from application-test.yml).
 */
class PaymentWiringSystemTest {

    @Test
    void theBootedApplicationPaysWithTheFakeProviderByDefault() {
        MarqueeServer.uri();
        ChargePaymentPort charge = MarqueeServer.context().getBean(ChargePaymentPort.class);
        Card card = ((Outcome.Accepted<Card>) Card.given("4242 4242 4242 4242", 12, 2040, "123", Instant.now())).value();

        assertThat(charge).isInstanceOf(FakePaymentGateway.class)
                .isSameAs(MarqueeServer.context().getBean(RefundPaymentPort.class));
        assertThat(charge.charge(new ChargeRequest(new IdempotencyKey("wiring-1"), Money.of(1200, "EUR"), card,
                "wiring"))).isInstanceOf(PaymentResult.Captured.class);
    }

    @Test
    void onlyAWebhookSignedWithTheConfiguredSecretIsBelieved() {
        MarqueeServer.uri();
        VerifyPaymentWebhookPort webhooks = MarqueeServer.context().getBean(VerifyPaymentWebhookPort.class);
        byte[] payload = "{}".getBytes(StandardCharsets.UTF_8);

        assertThat(webhooks.verify(payload, StripeSignatures.header(payload))).isEqualTo(WebhookVerdict.AUTHENTIC);
        assertThat(webhooks.verify(payload, "t=1,v1=00")).isEqualTo(WebhookVerdict.SIGNATURE_MISMATCH);
    }
}
