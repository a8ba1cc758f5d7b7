package app.marquee.domain.sales.order;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.payment.Money;
import app.marquee.domain.payment.card.CardBrand;
import app.marquee.domain.payment.card.CardSummary;
import app.marquee.domain.sales.hold.HoldId;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentAttemptReferenceTest {

    @Test
    void aChargesReferenceNamesItsHoldAndNothingElseDoes() {
        HoldId hold = HoldId.newId();
        PaymentAttempt attempt = PaymentAttempt.forRequest(AccountId.newId(), new IdempotencyKey("k-1"), hold,
                Money.of(4500, "EUR"), new CardSummary(CardBrand.VISA, "4242"), Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(PaymentAttempt.holdOfReference(attempt.reference())).contains(hold);
        assertThat(PaymentAttempt.holdOfReference("Marquee hold not-a-uuid")).isEmpty();
        assertThat(PaymentAttempt.holdOfReference("Somebody else's charge")).isEmpty();
        assertThat(PaymentAttempt.holdOfReference(null)).isEmpty();
    }
}
