package app.marquee.domain.identity.twofactor;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.TokenDigest;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SignInChallengeTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static SignInChallenge.Issued issue() {
        return SignInChallenge.issue(AccountId.newId(), NOW, new SecureRandom());
    }

    @Test
    void aChallengeLivesFiveMinutesAndIsKeptAsItsDigest() {
        SignInChallenge.Issued issued = issue();

        assertThat(issued.challenge().expiresAt()).isEqualTo(NOW.plusSeconds(300));
        assertThat(issued.challenge().digest()).isEqualTo(TokenDigest.of(issued.secret()));
        assertThat(issued.challenge().open(NOW.plusSeconds(299)).isAccepted()).isTrue();
        assertThat(issued.challenge().open(NOW.plusSeconds(300)).isAccepted()).isFalse();
    }

    @Test
    void anAnsweredChallengeCannotBeAnsweredAgain() {
        SignInChallenge challenge = issue().challenge();

        challenge.answer(NOW);

        assertThat(challenge.open(NOW).isAccepted()).isFalse();
    }

    @Test
    void fiveWrongCodesWearAChallengeOut() {
        SignInChallenge challenge = issue().challenge();
        for (int i = 0; i < 4; i++) {
            challenge.fail();
        }
        assertThat(challenge.open(NOW).isAccepted()).isTrue();

        challenge.fail();

        assertThat(challenge.open(NOW).isAccepted()).isFalse();
    }
}
