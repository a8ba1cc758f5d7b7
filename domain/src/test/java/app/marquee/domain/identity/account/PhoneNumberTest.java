package app.marquee.domain.identity.account;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PhoneNumberTest {

    @Test
    void acceptsE164Numbers() {
        assertThat(List.of("+33612345678", "+14155552671", "+1234567", "+123456789012345"))
                .allSatisfy(raw -> {
                    assertThat(PhoneNumber.isValid(raw)).isTrue();
                    assertThat(new PhoneNumber(raw).e164()).isEqualTo(raw);
                });
    }

    @Test
    void refusesAnythingElse() {
        List<String> notE164 = List.of("", "33612345678", "+0612345678", "+123456", "+1234567890123456",
                "+33 6 12 34 56 78", "+33-612345678", "+3361234567a", "++33612345678", " +33612345678");

        assertThat(notE164).allSatisfy(raw -> {
            assertThat(PhoneNumber.isValid(raw)).isFalse();
            assertThatThrownBy(() -> new PhoneNumber(raw)).isInstanceOf(IllegalArgumentException.class);
        });
    }

    @Test
    void refusesNull() {
        assertThat(PhoneNumber.isValid(null)).isFalse();
        assertThatThrownBy(() -> new PhoneNumber(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsAsE164() {
        assertThat(new PhoneNumber("+33612345678")).hasToString("+33612345678");
    }
}
