package app.marquee.domain.identity.token;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTokenTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final AccountId ANN = AccountId.newId();

    @Test
    void aVerificationLinkLivesADayAndAResetLinkHalfAnHour() {
        AccountToken verification = AccountToken.issue(TokenPurpose.EMAIL_VERIFICATION, ANN, NOW, new SecureRandom()).token();
        AccountToken reset = AccountToken.issue(TokenPurpose.PASSWORD_RESET, ANN, NOW, new SecureRandom()).token();

        assertThat(verification.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(reset.expiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    }

    @Test
    void onlyTheDigestOfTheSecretIsKept() {
        AccountToken.Issued issued = AccountToken.issue(TokenPurpose.PASSWORD_RESET, ANN, NOW, new SecureRandom());

        assertThat(issued.token().digest()).isEqualTo(TokenDigest.of(issued.secret()));
        assertThat(issued.toString()).doesNotContain(issued.secret());
    }

    @Test
    void aTokenIsGoodOnce() {
        AccountToken token = AccountToken.issue(TokenPurpose.EMAIL_VERIFICATION, ANN, NOW, new SecureRandom()).token();

        assertThat(token.redeem(NOW.plusSeconds(5)).isAccepted()).isTrue();
        assertThat(token.usedAt()).contains(NOW.plusSeconds(5));
        assertThat(refusal(token.redeem(NOW.plusSeconds(6)))).isEqualTo(IdentityRejection.INVALID_VERIFICATION_TOKEN.name());
    }

    @Test
    void anExpiredResetTokenIsRefusedWithTheSameCodeAsAUsedOne() {
        AccountToken token = AccountToken.issue(TokenPurpose.PASSWORD_RESET, ANN, NOW, new SecureRandom()).token();

        assertThat(refusal(token.redeem(NOW.plus(Duration.ofMinutes(30))))).isEqualTo(IdentityRejection.INVALID_RESET_TOKEN.name());
        assertThat(token.usedAt()).isEmpty();
    }

    @Test
    void aTokenIsStillGoodTheMomentBeforeItExpires() {
        AccountToken token = AccountToken.issue(TokenPurpose.PASSWORD_RESET, ANN, NOW, new SecureRandom()).token();

        assertThat(token.redeem(NOW.plus(Duration.ofMinutes(30)).minusMillis(1)).isAccepted()).isTrue();
    }

    private static String refusal(Outcome<?> outcome) {
        return outcome instanceof Outcome.Rejected<?> rejected ? rejected.rejection().code() : "accepted";
    }

}
