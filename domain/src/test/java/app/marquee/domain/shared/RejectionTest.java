package app.marquee.domain.shared;

import app.marquee.domain.identity.IdentityRejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RejectionTest {

    @Test
    void carriesTheReasonNameAsItsCode() {
        Rejection rejection = Rejection.of(IdentityRejection.EMAIL_TAKEN);

        assertThat(rejection.code()).isEqualTo("EMAIL_TAKEN");
        assertThat(rejection.field()).isEmpty();
        assertThat(rejection.retryAfter()).isEmpty();
    }

    @Test
    void pointsAtTheFieldThatCausedIt() {
        Rejection rejection = Rejection.onField(IdentityRejection.PASSWORD_TOO_SHORT, "password");

        assertThat(rejection.field()).contains("password");
        assertThat(rejection.is(IdentityRejection.PASSWORD_TOO_SHORT)).isTrue();
        assertThat(rejection.is(IdentityRejection.PASSWORD_TOO_LONG)).isFalse();
    }

    @Test
    void namesTheThingsItIsAboutAndKeepsThemWhenThrottled() {
        Rejection rejection = Rejection.about(IdentityRejection.EMAIL_TAKEN, java.util.List.of("b", "a"));

        assertThat(rejection.subjects()).containsExactly("b", "a");
        assertThat(rejection.withRetryAfter(Duration.ofSeconds(1)).subjects()).containsExactly("b", "a");
        assertThat(rejection).isNotEqualTo(Rejection.of(IdentityRejection.EMAIL_TAKEN));
        assertThat(Rejection.of(IdentityRejection.EMAIL_TAKEN).subjects()).isEmpty();
    }

    @Test
    void cannotPointAtAMissingField() {
        assertThatThrownBy(() -> Rejection.onField(IdentityRejection.EMAIL_TAKEN, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void tellsAThrottledCallerWhenToComeBackWithoutChangingTheOriginal() {
        Rejection plain = Rejection.of(IdentityRejection.TOO_MANY_ATTEMPTS);

        Rejection throttled = plain.withRetryAfter(Duration.ofSeconds(90));

        assertThat(throttled.retryAfter()).contains(Duration.ofSeconds(90));
        assertThat(throttled.code()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(plain.retryAfter()).isEmpty();
    }

    @Test
    void refusesANegativeRetryAfter() {
        Rejection rejection = Rejection.of(IdentityRejection.TOO_MANY_ATTEMPTS);

        assertThatThrownBy(() -> rejection.withRetryAfter(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesACodeThatIsNotUpperSnakeCase() {
        assertThatThrownBy(() -> Rejection.of(LowerCase.oops)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isEqualByCodeFieldAndRetryAfter() {
        assertThat(Rejection.onField(IdentityRejection.WRONG_PASSWORD, "password"))
                .isEqualTo(Rejection.onField(IdentityRejection.WRONG_PASSWORD, "password"))
                .hasSameHashCodeAs(Rejection.onField(IdentityRejection.WRONG_PASSWORD, "password"))
                .isNotEqualTo(Rejection.onField(IdentityRejection.WRONG_PASSWORD, "currentPassword"))
                .isNotEqualTo(Rejection.of(IdentityRejection.WRONG_PASSWORD));
        assertThat(Rejection.of(IdentityRejection.TOO_MANY_ATTEMPTS).withRetryAfter(Duration.ofMinutes(1)))
                .isNotEqualTo(Rejection.of(IdentityRejection.TOO_MANY_ATTEMPTS).withRetryAfter(Duration.ofMinutes(2)));
    }

    @Test
    void printsItsCodeAndField() {
        assertThat(Rejection.onField(IdentityRejection.EMAIL_TAKEN, "email"))
                .hasToString("Rejection[EMAIL_TAKEN on email]");
        assertThat(Rejection.of(IdentityRejection.LAST_ADMIN)).hasToString("Rejection[LAST_ADMIN]");
    }

    @Test
    void listsWhatItIsAboutWithoutChangingTheOriginalOrLettingTheListChangeIt() {
        Rejection plain = Rejection.of(IdentityRejection.EMAIL_TAKEN);
        List<String> about = new ArrayList<>(List.of("seat-b", "seat-a"));

        Rejection detailed = plain.withSubjects(about);
        about.add("seat-c");

        assertThat(detailed.subjects()).containsExactly("seat-b", "seat-a");
        assertThat(plain.subjects()).isEmpty();
        assertThat(detailed).isNotEqualTo(plain).hasToString("Rejection[EMAIL_TAKEN about [seat-b, seat-a]]");
        assertThat(detailed.withRetryAfter(Duration.ofSeconds(5)).subjects()).containsExactly("seat-b", "seat-a");
    }

    private enum LowerCase { oops }
}
