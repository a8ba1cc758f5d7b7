package app.marquee.adapter.payment.fake;

import app.marquee.application.payment.port.out.ChargePaymentPort;
import app.marquee.application.payment.port.out.LookUpPaymentPort;
import app.marquee.application.payment.port.out.RefundPaymentPort;
import app.marquee.domain.payment.ChargeRequest;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentId;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.Refund;
import app.marquee.domain.payment.RefundId;
import app.marquee.domain.payment.RefundRequest;
import app.marquee.domain.payment.RefundResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The default payment provider: no money moves. Stripe's public test card numbers decide the
 * outcome ({@link TestCards}); any other valid number is captured. Ids are derived from the
 * idempotency key ({@code pi_fake_...}, {@code re_fake_...}), so every instance gives the same key
 * the same id. The same key with the same request replays the first result; with another request it
 * is a non-retryable failure, as Stripe answers a reused key.
 */
public final class FakePaymentGateway implements ChargePaymentPort, RefundPaymentPort, LookUpPaymentPort {
    /** Keys remembered per instance; older ones are forgotten (their ids and outcomes stay the same anyway). */
    public static final int REMEMBERED_KEYS = 10_000;
    static final String KEY_REUSED = "idempotency_key_reused";
    static final String NO_PAYMENT = "no_payment";
    private static final Logger LOG = LoggerFactory.getLogger(FakePaymentGateway.class);
    private final RememberedReplies<PaymentResult> charges;
    private final RememberedReplies<RefundResult> refunds;

    public FakePaymentGateway() {
        this(REMEMBERED_KEYS);
    }

    FakePaymentGateway(int rememberedKeys) {
        this.charges = new RememberedReplies<>(rememberedKeys);
        this.refunds = new RememberedReplies<>(rememberedKeys);
    }

    @Override
    public PaymentResult charge(ChargeRequest request) {
        String fingerprint = request.amount() + "|" + request.card().summary() + "|" + request.card().expiry()
                + "|" + request.reference();
        PaymentResult result = charges.once(request.idempotencyKey(), fingerprint, () -> decide(request),
                new PaymentResult.Failed(KEY_REUSED, false));
        LOG.info("Fake payment: charge {} of {} on {} -> {}", request.reference(), request.amount(),
                request.card().summary(), result);
        return result;
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        String fingerprint = request.payment() + "|" + request.amount();
        RefundResult result = refunds.once(request.idempotencyKey(), fingerprint,
                () -> new Refund(new RefundId("re_fake_" + digest(request.idempotencyKey())), request.payment(),
                        request.amount()),
                new RefundResult.Failed(KEY_REUSED, false));
        LOG.info("Fake payment: refund of {} on {} -> {}", request.amount(), request.payment(), result);
        return result;
    }

    /**
     * What this instance answered under {@code key}: a capture or a decline as remembered; a key it
     * never charged under (or forgot), or whose charge failed, never took any money.
     */
    @Override
    public PaymentResult lookUp(IdempotencyKey key, Money amount, String reference) {
        PaymentResult result = charges.remembered(key)
                .filter(reply -> !(reply instanceof PaymentResult.Failed))
                .orElseGet(() -> new PaymentResult.Failed(NO_PAYMENT, false));
        LOG.info("Fake payment: lookup of {} -> {}", reference, result);
        return result;
    }

    private static PaymentResult decide(ChargeRequest request) {
        return TestCards.unsuccessfulOutcome(request.card().revealNumber())
                .orElseGet(() -> new PaymentResult.Captured(new PaymentId("pi_fake_" + digest(request.idempotencyKey())),
                        request.amount(), request.card().summary()));
    }

    private static String digest(IdempotencyKey key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.value().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
