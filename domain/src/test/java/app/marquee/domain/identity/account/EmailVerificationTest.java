package app.marquee.domain.identity.account;

import app.marquee.domain.identity.IdentityRejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class EmailVerificationTest {
    private static final Instant REGISTERED = Instant.parse("2026-01-10T09:00:00Z");
    private static final PasswordHash HASH = new PasswordHash("$argon2id$v=19$m=65536$abc");

    private static Account ann() {
        return Account.register(new EmailAddress("ann@example.org"), HASH, new DisplayName("Ann"), Language.EN,
                Role.USER, REGISTERED);
    }

    @Test
    void aNewAccountHasNotVerifiedItsEmail() {
        assertThat(ann().emailVerified()).isFalse();
        assertThat(ann().emailVerifiedAt()).isEmpty();
    }

    @Test
    void theFirstVerificationIsTheOneKept() {
        Account ann = ann();
        Instant first = REGISTERED.plus(Duration.ofHours(1));

        ann.markEmailVerified(first);
        ann.markEmailVerified(first.plus(Duration.ofHours(1)));

        assertThat(ann.emailVerifiedAt()).contains(first);
        assertThat(ann.updatedAt()).isEqualTo(first);
    }

    @Test
    void anAdminCanTakeAVerificationBack() {
        Account ann = ann();
        ann.markEmailVerified(REGISTERED);

        ann.markEmailUnverified(REGISTERED.plusSeconds(60));

        assertThat(ann.emailVerified()).isFalse();
    }

    @Test
    void anUnverifiedBuyerIsStoppedOnlyWhileTheRuleIsOn() {
        assertThat(new PurchaseEligibility(true).blocker(false)).contains(IdentityRejection.EMAIL_NOT_VERIFIED);
        assertThat(new PurchaseEligibility(true).blocker(true)).isEmpty();
        assertThat(new PurchaseEligibility(false).blocker(false)).isEmpty();
    }
}
