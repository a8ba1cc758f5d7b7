package app.marquee.domain.payment;

import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyKeyTest {
    private static final Outcome<IdempotencyKey> INVALID =
            Outcome.rejected(Rejection.onField(PaymentRejection.IDEMPOTENCY_KEY_INVALID, "Idempotency-Key"));

    @Test
    void takesUpTo255PrintableAsciiCharacters() {
        String longest = "k".repeat(255);

        assertThat(IdempotencyKey.parse(longest)).isEqualTo(Outcome.accepted(new IdempotencyKey(longest)));
        assertThat(IdempotencyKey.parse("k".repeat(256))).isEqualTo(INVALID);
    }

    @Test
    void refusesAnEmptyKeyOrOneWithSpacesOrOtherAlphabets() {
        assertThat(IdempotencyKey.parse("")).isEqualTo(INVALID);
        assertThat(IdempotencyKey.parse(null)).isEqualTo(INVALID);
        assertThat(IdempotencyKey.parse("order 1")).isEqualTo(INVALID);
        assertThat(IdempotencyKey.parse("commande-é")).isEqualTo(INVALID);
        assertThatThrownBy(() -> new IdempotencyKey("a\nb")).isInstanceOf(IllegalArgumentException.class);
    }
}
