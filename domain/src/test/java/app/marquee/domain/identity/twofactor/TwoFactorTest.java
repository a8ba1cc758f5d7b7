package app.marquee.domain.identity.twofactor;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TwoFactorTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final TimeStep STEP = TimeStep.at(NOW);

    private static TwoFactor pending() {
        return TwoFactor.enrol(AccountId.newId(), new SealedTotpSecret("sealed"), NOW);
    }

    private static List<String> enable(TwoFactor factor) {
        return ((Outcome.Accepted<List<String>>) factor.confirm(Optional.of(STEP), NOW, new SecureRandom())).value();
    }

    @Test
    void enrolmentProtectsNothingUntilConfirmed() {
        assertThat(pending().isEnabled()).isFalse();
        assertThat(pending().status()).isEqualTo(TwoFactorStatus.PENDING);
    }

    @Test
    void confirmingWithAGoodCodeEnablesItAndGivesTenDistinctRecoveryCodesOnce() {
        TwoFactor factor = pending();

        List<String> codes = enable(factor);

        assertThat(factor.isEnabled()).isTrue();
        assertThat(factor.enabledAt()).contains(NOW);
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(code -> code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
        assertThat(factor.recoveryCodes()).allMatch(code -> !codes.contains(code.digest().hex()));
        assertThat(factor.recoveryCodesLeft()).isEqualTo(10);
    }

    @Test
    void aWrongCodeDoesNotConfirm() {
        TwoFactor factor = pending();

        assertThat(code(factor.confirm(Optional.empty(), NOW, new SecureRandom()))).isEqualTo("INVALID_TWO_FACTOR_CODE");
        assertThat(factor.isEnabled()).isFalse();
    }

    @Test
    void confirmingTwiceIsRefused() {
        TwoFactor factor = pending();
        enable(factor);

        assertThat(code(factor.confirm(Optional.of(STEP), NOW, new SecureRandom())))
                .isEqualTo(IdentityRejection.TWO_FACTOR_ALREADY_ENABLED.name());
    }

    @Test
    void aCodeAlreadyUsedInItsWindowIsRefused() {
        TwoFactor factor = pending();
        enable(factor);

        assertThat(code(factor.acceptCode(Optional.of(STEP)))).isEqualTo("INVALID_TWO_FACTOR_CODE");
    }

    @Test
    void anOlderStepIsRefusedOnceANewerOneWasAccepted() {
        TwoFactor factor = pending();
        enable(factor);
        assertThat(factor.acceptCode(Optional.of(new TimeStep(STEP.value() + 1))).isAccepted()).isTrue();

        assertThat(code(factor.acceptCode(Optional.of(STEP)))).isEqualTo("INVALID_TWO_FACTOR_CODE");
        assertThat(factor.lastAcceptedStep()).contains(new TimeStep(STEP.value() + 1));
    }

    @Test
    void theNextStepIsAccepted() {
        TwoFactor factor = pending();
        enable(factor);

        assertThat(factor.acceptCode(Optional.of(new TimeStep(STEP.value() + 1))).isAccepted()).isTrue();
    }

    @Test
    void aRecoveryCodeIsGoodOnceHoweverItIsTyped() {
        TwoFactor factor = pending();
        String code = enable(factor).get(3);

        assertThat(factor.acceptRecoveryCode(" " + code.toUpperCase().replace("-", " ") + " ", NOW).isAccepted()).isTrue();
        assertThat(code(factor.acceptRecoveryCode(code, NOW))).isEqualTo("INVALID_TWO_FACTOR_CODE");
        assertThat(factor.recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    void anUnknownRecoveryCodeIsRefused() {
        TwoFactor factor = pending();
        enable(factor);

        assertThat(code(factor.acceptRecoveryCode("aaaa-aaaa-aaaa-aaaa", NOW))).isEqualTo("INVALID_TWO_FACTOR_CODE");
    }

    private static String code(Outcome<?> outcome) {
        return outcome instanceof Outcome.Rejected<?> rejected ? rejected.rejection().code() : "accepted";
    }
}
