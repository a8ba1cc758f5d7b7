package app.marquee.application.sales.settlement.service;

import app.marquee.application.payment.port.out.ReadPaymentWebhookPort;
import app.marquee.application.payment.port.out.VerifyPaymentWebhookPort;
import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.application.sales.settlement.Settled;
import app.marquee.application.sales.settlement.port.in.HandlePaymentWebhookUseCase;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.PaymentEvent;
import app.marquee.domain.payment.PaymentRejection;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.WebhookVerdict;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Believes a webhook call only once its signature verifies, then settles the PENDING attempt its
 * event names: by the provider key Marquee charged under, else by the hold its reference names. A
 * payment taken for another amount than the attempt's is not Marquee's to ticket: ignored (and
 * left to the settling job, which asks the provider under the attempt's own key).
 */
@Singleton
public class HandlePaymentWebhookService implements HandlePaymentWebhookUseCase {
    private final VerifyPaymentWebhookPort verifier;
    private final ReadPaymentWebhookPort reader;
    private final PaymentsPort payments;
    private final PaymentSettlement settlement;

    public HandlePaymentWebhookService(VerifyPaymentWebhookPort verifier, ReadPaymentWebhookPort reader,
                                       PaymentsPort payments, PaymentSettlement settlement) {
        this.verifier = verifier;
        this.reader = reader;
        this.payments = payments;
        this.settlement = settlement;
    }

    @Override
    public Outcome<Optional<Settled>> handle(Call call) {
        if (verifier.verify(call.rawPayload(), call.signature()) != WebhookVerdict.AUTHENTIC) {
            return Outcome.rejected(PaymentRejection.WEBHOOK_SIGNATURE_INVALID);
        }
        PaymentEvent event = reader.read(call.rawPayload());
        if (event instanceof PaymentEvent.Succeeded succeeded) {
            return Outcome.accepted(attempt(succeeded.key(), succeeded.reference())
                    .filter(attempt -> attempt.amount().equals(succeeded.amount()))
                    .map(attempt -> settlement.settle(attempt, new PaymentResult.Captured(succeeded.payment(),
                            succeeded.amount(), attempt.card()))));
        }
        if (event instanceof PaymentEvent.Failed failed) {
            return Outcome.accepted(attempt(failed.key(), failed.reference()).map(attempt -> settlement.settle(attempt,
                    new PaymentResult.Failed(failed.reason(), false))));
        }
        return Outcome.accepted(Optional.empty());
    }

    private Optional<PaymentAttempt> attempt(Optional<IdempotencyKey> key, Optional<String> reference) {
        Optional<PaymentAttempt> byKey = key.flatMap(payments::pendingUnder);
        if (byKey.isPresent() || key.isPresent()) {
            return byKey;
        }
        return reference.flatMap(PaymentAttempt::holdOfReference).flatMap(payments::pendingOfHold);
    }
}
