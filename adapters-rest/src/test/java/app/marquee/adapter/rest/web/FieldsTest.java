package app.marquee.adapter.rest.web;

import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.problem.RestRejection;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldsTest {
    @Test
    void returnsTheValueObjectTheInputMakes() {
        assertThat(Fields.parse("displayName", () -> new DisplayName(" Ann "))).isEqualTo(new DisplayName("Ann"));
    }

    @Test
    void aValueObjectRefusingTheInputIsAnInvalidValueOnThatField() {
        assertThatThrownBy(() -> Fields.parse("displayName", () -> new DisplayName("x".repeat(61))))
                .isInstanceOfSatisfying(RejectedException.class, rejected -> assertThat(rejected.rejection())
                        .isEqualTo(Rejection.onField(RestRejection.INVALID_VALUE, "displayName")));
    }

    @Test
    void otherFailuresAreNotMistakenForBadInput() {
        assertThatThrownBy(() -> Fields.parse("displayName", () -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
    }
}
