package app.marquee.domain.sales.order;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.DeclineReason;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.PaymentRejection;
import app.marquee.domain.payment.card.Card;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrderRequestKeyTest {
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final HoldId HOLD = HoldId.newId();
    private final RequestFingerprint visa = fingerprint(HOLD, "4242424242424242");

    @Test
    void theSameRequestDoneIsReplayedAndAnotherIsRefusedWhateverTheState() {
        OrderRequestKey done = key(OrderRequestKey.State.DONE, Optional.of(OrderId.newId()), NOW);

        assertThat(done.verdictFor(visa, NOW.plusSeconds(86_400))).isEqualTo(OrderRequestKey.Verdict.REPLAY);
        assertThat(done.verdictFor(fingerprint(HoldId.newId(), "4242424242424242"), NOW))
                .isEqualTo(OrderRequestKey.Verdict.REUSED);
        assertThat(done.verdictFor(fingerprint(HOLD, "5555555555554444"), NOW))
                .isEqualTo(OrderRequestKey.Verdict.REUSED);
    }

    @Test
    void aRunningRequestBlocksTheSameOneUntilItHasBeenSilentForAMinute() {
        OrderRequestKey running = key(OrderRequestKey.State.IN_PROGRESS, Optional.empty(), NOW);

        assertThat(running.verdictFor(visa, NOW.plusSeconds(59))).isEqualTo(OrderRequestKey.Verdict.IN_USE);
        assertThat(running.verdictFor(visa, NOW.plusSeconds(60))).isEqualTo(OrderRequestKey.Verdict.TAKE_OVER);
        assertThat(running.verdictFor(fingerprint(HoldId.newId(), "4242424242424242"), NOW.plusSeconds(60)))
                .isEqualTo(OrderRequestKey.Verdict.REUSED);
    }

    @Test
    void theFingerprintHoldsTheHoldAndTheCardsSummaryButNeverItsNumberOrCode() {
        assertThat(visa.value()).isEqualTo("hold=" + HOLD + ";card=VISA-4242-12/2030");
    }

    @Test
    void aDoneRequestRecordsAnOrderOrARefusalNeverBoth() {
        assertThatThrownBy(() -> key(OrderRequestKey.State.DONE, Optional.empty(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRecordedRefusalIsAnsweredAgainWithWhatItNamed() {
        Rejection declined = Rejection.about(PaymentRejection.PAYMENT_DECLINED,
                List.of(DeclineReason.INSUFFICIENT_FUNDS.name()));

        assertThat(RecordedRefusal.of(declined).toRejection()).isEqualTo(declined);
        assertThat(RecordedRefusal.of(Rejection.of(app.marquee.domain.sales.SalesRejection.HOLD_EXPIRED))
                .toRejection().code()).isEqualTo("HOLD_EXPIRED");
        assertThatThrownBy(() -> new RecordedRefusal("EMAIL_TAKEN", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onePaymentAttemptPerRequestAndHoldWhoseProviderKeyNeverChanges() {
        AccountId ann = AccountId.newId();
        IdempotencyKey key = new IdempotencyKey("order-1");
        Card card = card("4242424242424242");
        PaymentAttempt first = PaymentAttempt.forRequest(ann, key, HOLD, app.marquee.domain.payment.Money.of(5000, "EUR"),
                card.summary(), NOW);
        PaymentAttempt again = PaymentAttempt.forRequest(ann, key, HOLD, app.marquee.domain.payment.Money.of(5000, "EUR"),
                card.summary(), NOW.plusSeconds(90));
        PaymentAttempt otherKey = PaymentAttempt.forRequest(ann, new IdempotencyKey("order-2"), HOLD,
                app.marquee.domain.payment.Money.of(5000, "EUR"), card.summary(), NOW);

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.providerKey()).isEqualTo(first.providerKey());
        assertThat(otherKey.providerKey()).isNotEqualTo(first.providerKey());
        assertThat(first.providerKey().value()).doesNotContain("order-1");
    }

    private OrderRequestKey key(OrderRequestKey.State state, Optional<OrderId> order, Instant at) {
        return new OrderRequestKey(AccountId.newId(), new IdempotencyKey("k-1"), visa, state, order, Optional.empty(), at);
    }

    private static RequestFingerprint fingerprint(HoldId hold, String number) {
        Card card = card(number);
        return RequestFingerprint.of(hold, card.summary(), card.expiry());
    }

    private static Card card(String number) {
        return ((Outcome.Accepted<Card>) Card.given(number, 12, 2030, "123", NOW)).value();
    }
}
