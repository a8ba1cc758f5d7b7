package app.marquee.application.sales.order.service;

import app.marquee.application.sales.order.OrderView;
import app.marquee.application.sales.order.port.in.PlaceOrderUseCase;
import app.marquee.application.sales.order.port.out.OrderRequestKeysPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.PurchaseEligibility;
import app.marquee.domain.payment.PaymentRejection;
import app.marquee.domain.sales.order.OrderRequestKey;
import app.marquee.domain.sales.order.RequestFingerprint;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Runs an order request at most once per Idempotency-Key: claims the key (its own short
 * transaction), or lets the key already kept decide (replay, reused, in use, take over), then pays
 * for the hold ({@link HoldPayment}). A request that breaks off unexpectedly releases its key: its
 * payment attempt stays PENDING, so the same request again reuses it and never charges twice.
 * The key's {@code updated_at} as claimed (or taken over) is this request's: it writes the key only
 * while that still holds (to the microsecond, as the database keeps it). A buyer who may not buy
 * (EMAIL_NOT_VERIFIED) claims no key, but the replay of a request already done is still answered
 * as recorded: taking the verification back later does not unmake an order.
 */
@Singleton
public class PlaceOrderService implements PlaceOrderUseCase {
    private final OrderRequestKeysPort keys;
    private final HoldPayment payment;
    private final OrderViews views;
    private final PurchaseEligibility eligibility;
    private final Clock clock;

    public PlaceOrderService(OrderRequestKeysPort keys, HoldPayment payment, OrderViews views,
                             PurchaseEligibility eligibility, Clock clock) {
        this.keys = keys;
        this.payment = payment;
        this.views = views;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    @Override
    public Outcome<OrderView> place(Command command) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        RequestFingerprint fingerprint = RequestFingerprint.of(command.hold(), command.card().summary(),
                command.card().expiry());
        Optional<IdentityRejection> ineligible = eligibility.blocker(command.buyerEmailVerified());
        if (ineligible.isPresent()) {
            return keys.find(command.buyer(), command.key())
                    .filter(done -> done.verdictFor(fingerprint, now) == OrderRequestKey.Verdict.REPLAY)
                    .map(this::recorded)
                    .orElseGet(() -> Outcome.rejected(ineligible.get()));
        }
        Optional<OrderRequestKey> known = keys.claim(command.buyer(), command.key(), fingerprint, now);
        if (known.isPresent()) {
            Optional<Outcome<OrderView>> answered = answer(known.get(), fingerprint, command, now);
            if (answered.isPresent()) {
                return answered.get();
            }
        }
        try {
            return payment.pay(command, now);
        } catch (RuntimeException brokenOff) {
            keys.release(command.buyer(), command.key(), now);
            throw brokenOff;
        }
    }

    /** What a known key answers; empty when this request takes a stale one over and carries on. */
    private Optional<Outcome<OrderView>> answer(OrderRequestKey key, RequestFingerprint fingerprint, Command command,
                                                Instant now) {
        switch (key.verdictFor(fingerprint, now)) {
            case REPLAY:
                return Optional.of(recorded(key));
            case REUSED:
                return Optional.of(Outcome.rejected(PaymentRejection.IDEMPOTENCY_KEY_REUSED));
            case TAKE_OVER:
                if (keys.takeOver(command.buyer(), command.key(), key.updatedAt(), now)) {
                    return Optional.empty();
                }
                return Optional.of(Outcome.rejected(PaymentRejection.IDEMPOTENCY_KEY_IN_USE));
            default:
                return Optional.of(Outcome.rejected(PaymentRejection.IDEMPOTENCY_KEY_IN_USE));
        }
    }

    /** What a done request answered: its order, or its refusal. */
    private Outcome<OrderView> recorded(OrderRequestKey key) {
        return key.order().<Outcome<OrderView>>map(order -> Outcome.accepted(
                        views.of(order).orElseThrow(() -> new IllegalStateException("order " + order + " is gone"))))
                .orElseGet(() -> Outcome.rejected(key.refusal().orElseThrow().toRejection()));
    }
}
