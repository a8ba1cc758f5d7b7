package app.marquee.adapter.payment.stripe;

import app.marquee.application.payment.port.out.ChargePaymentPort;
import app.marquee.application.payment.port.out.RefundPaymentPort;
import app.marquee.domain.payment.ChargeRequest;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.PaymentId;
import app.marquee.domain.payment.PaymentResult;
import app.marquee.domain.payment.Refund;
import app.marquee.domain.payment.RefundId;
import app.marquee.domain.payment.RefundRequest;
import app.marquee.domain.payment.RefundResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;

/**
 * Charges and refunds through Stripe's API. A charge is one PaymentIntent created and confirmed in
 * the same call ({@code confirm=true}), card only, failing rather than waiting when the bank asks for
 * 3-D Secure ({@code error_on_requires_action}); a refund is a Refund of that PaymentIntent. Both
 * carry the request's {@code Idempotency-Key}, so a retry after a timeout returns Stripe's first
 * answer. Logs name the reference, amount, card summary, outcome and Stripe's request id; never a
 * card number, a security code, a request body or the secret key.
 */
public final class StripePaymentGateway implements ChargePaymentPort, RefundPaymentPort {
    private static final Logger LOG = LoggerFactory.getLogger(StripePaymentGateway.class);
    private final StripeClient client;

    public StripePaymentGateway(StripeSettings settings) {
        this.client = new StripeClient(settings);
    }

    @Override
    public PaymentResult charge(ChargeRequest request) {
        Optional<String> paymentMethod = StripeTestPaymentMethods.forCard(request.card());
        if (paymentMethod.isEmpty()) {
            LOG.warn("Stripe charge {}: {} has no Stripe PaymentMethod here and card numbers are never sent; declined",
                    request.reference(), request.card().summary());
            return new PaymentResult.Declined(DeclineReason.CARD_NOT_SUPPORTED);
        }
        StripeForm form = new StripeForm()
                .with("amount", Long.toString(request.amount().minor()))
                .with("currency", currencyOf(request.amount()))
                .with("confirm", "true")
                .with("payment_method", paymentMethod.get())
                .with("payment_method_types[]", "card")
                .with("error_on_requires_action", "true")
                .with("description", request.reference())
                .with("metadata[reference]", request.reference())
                .with("metadata[" + StripeWebhookEvents.PAYMENT_KEY + "]", request.idempotencyKey().value());
        PaymentResult result;
        String requestId = "-";
        try {
            StripeReply reply = client.post("/v1/payment_intents", form, request.idempotencyKey());
            requestId = reply.requestId() + (reply.replayed() ? " (replayed)" : "");
            result = reply.ok() ? ofPaymentIntent(reply, request) : StripeErrors.ofCharge(reply);
        } catch (HttpTimeoutException timeout) {
            result = new PaymentResult.Failed("timeout", true);
        } catch (StripeClient.UnreadableReply unreadable) {
            result = new PaymentResult.Failed("unreadable_reply " + unreadable.status, unreadable.status >= 500);
        } catch (IOException network) {
            result = new PaymentResult.Failed("network_error", true);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            result = new PaymentResult.Failed("interrupted", true);
        }
        LOG.info("Stripe charge {}: {} on {} -> {} (request {})", request.reference(), request.amount(),
                request.card().summary(), result, requestId);
        return result;
    }

    @Override
    public RefundResult refund(RefundRequest request) {
        StripeForm form = new StripeForm()
                .with("payment_intent", request.payment().value())
                .with("amount", Long.toString(request.amount().minor()));
        RefundResult result;
        String requestId = "-";
        try {
            StripeReply reply = client.post("/v1/refunds", form, request.idempotencyKey());
            requestId = reply.requestId() + (reply.replayed() ? " (replayed)" : "");
            result = reply.ok() ? ofRefund(reply, request) : refundFailure(StripeErrors.failure(reply));
        } catch (HttpTimeoutException timeout) {
            result = new RefundResult.Failed("timeout", true);
        } catch (StripeClient.UnreadableReply unreadable) {
            result = new RefundResult.Failed("unreadable_reply " + unreadable.status, unreadable.status >= 500);
        } catch (IOException network) {
            result = new RefundResult.Failed("network_error", true);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            result = new RefundResult.Failed("interrupted", true);
        }
        LOG.info("Stripe refund of {} on {} -> {} (request {})", request.amount(), request.payment(), result, requestId);
        return result;
    }

    /** A 2xx PaymentIntent: captured only when it succeeded for exactly the amount asked. */
    private static PaymentResult ofPaymentIntent(StripeReply reply, ChargeRequest request) {
        String status = reply.text("status");
        return switch (status) {
            case "succeeded" -> sameAmount(reply, request.amount())
                    ? new PaymentResult.Captured(new PaymentId(reply.text("id")), request.amount(),
                            request.card().summary())
                    : new PaymentResult.Failed("amount_mismatch " + reply.text("id"), false);
            case "requires_action" -> new PaymentResult.Declined(DeclineReason.AUTHENTICATION_REQUIRED);
            case "requires_payment_method" -> new PaymentResult.Declined(DeclineReason.CARD_DECLINED);
            case "processing" -> new PaymentResult.Failed("processing " + reply.text("id"), true);
            default -> new PaymentResult.Failed("unexpected_status " + status, false);
        };
    }

    /** A 2xx Refund: pending and succeeded refunds are both taken (a card refund settles later). */
    private static RefundResult ofRefund(StripeReply reply, RefundRequest request) {
        String status = reply.text("status");
        if (!"succeeded".equals(status) && !"pending".equals(status)) {
            return new RefundResult.Failed("refund_" + status, false);
        }
        if (!sameAmount(reply, request.amount())) {
            return new RefundResult.Failed("amount_mismatch " + reply.text("id"), false);
        }
        return new Refund(new RefundId(reply.text("id")), request.payment(), request.amount());
    }

    private static boolean sameAmount(StripeReply reply, Money asked) {
        return reply.body().path("amount").asLong(-1) == asked.minor()
                && currencyOf(asked).equals(reply.text("currency"));
    }

    private static RefundResult refundFailure(PaymentResult.Failed failed) {
        return new RefundResult.Failed(failed.reason(), failed.retryable());
    }

    private static String currencyOf(Money amount) {
        return amount.currency().getCurrencyCode().toLowerCase(Locale.ROOT);
    }
}
