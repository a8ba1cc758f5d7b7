package app.marquee.application.sales.settlement.service;

import app.marquee.application.payment.port.out.LookUpPaymentPort;
import app.marquee.application.sales.order.port.out.PaymentsPort;
import app.marquee.application.sales.settlement.port.in.SettlePaymentsUseCase;
import app.marquee.domain.sales.order.PaymentAttempt;
import app.marquee.domain.sales.order.SettleAfter;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.List;

/**
 * The settling job's round: the attempts PENDING for longer than the configured delay, oldest
 * first, each asked of the provider under its own key ({@link LookUpPaymentPort}, never a new
 * charge) and settled with the answer ({@link PaymentSettlement}). One the provider cannot tell yet
 * is pushed back, so the next round moves on to the others.
 */
@Singleton
public class SettlePaymentsService implements SettlePaymentsUseCase {
    private final PaymentsPort payments;
    private final LookUpPaymentPort provider;
    private final PaymentSettlement settlement;
    private final SettleAfter settleAfter;
    private final Clock clock;

    public SettlePaymentsService(PaymentsPort payments, LookUpPaymentPort provider, PaymentSettlement settlement,
                                 SettleAfter settleAfter, Clock clock) {
        this.payments = payments;
        this.provider = provider;
        this.settlement = settlement;
        this.settleAfter = settleAfter;
        this.clock = clock;
    }

    @Override
    public int settleNextBatch() {
        List<PaymentAttempt> stale = payments.pendingSince(clock.instant().minus(settleAfter.delay()), BATCH);
        stale.forEach(attempt -> settlement.settle(attempt,
                provider.lookUp(attempt.providerKey(), attempt.amount(), attempt.reference())));
        return stale.size();
    }
}
