package app.marquee.domain.identity.twofactor;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An account's second factor: a TOTP secret (RFC 6238) in an authenticator app, and ten recovery
 * codes. Enrolling stores a new secret as PENDING; it protects nothing until the owner proves the
 * app works by confirming with a code, which turns it ENABLED and hands out the recovery codes
 * once. From then on every sign-in asks for a code. A code is good once: the last time step
 * accepted is kept, and a code of that step or an earlier one is refused, so a code seen over a
 * shoulder cannot be replayed within its window. A recovery code is good once too.
 */
public final class TwoFactor {
    public static final int RECOVERY_CODES = 10;

    private final AccountId account;
    private final SealedTotpSecret secret;
    private TwoFactorStatus status;
    private final Instant enrolledAt;
    private Instant enabledAt;
    private TimeStep lastAcceptedStep;
    private final List<RecoveryCode> recoveryCodes;

    private TwoFactor(AccountId account, SealedTotpSecret secret, TwoFactorStatus status, Instant enrolledAt,
                      Instant enabledAt, TimeStep lastAcceptedStep, List<RecoveryCode> recoveryCodes) {
        this.account = Objects.requireNonNull(account, "account");
        this.secret = Objects.requireNonNull(secret, "secret");
        this.status = Objects.requireNonNull(status, "status");
        this.enrolledAt = Objects.requireNonNull(enrolledAt, "enrolledAt");
        this.enabledAt = enabledAt;
        this.lastAcceptedStep = lastAcceptedStep;
        this.recoveryCodes = new ArrayList<>(recoveryCodes);
        if ((status == TwoFactorStatus.ENABLED) != (enabledAt != null)) {
            throw new IllegalArgumentException("an enabled second factor knows when it was enabled, a pending one not");
        }
    }

    /** Starts enrolment with a fresh secret; nothing is asked at sign-in until it is confirmed. */
    public static TwoFactor enrol(AccountId account, SealedTotpSecret secret, Instant now) {
        return new TwoFactor(account, secret, TwoFactorStatus.PENDING, now, null, null, List.of());
    }

    /** For the persistence adapter only. */
    public static TwoFactor rehydrate(AccountId account, SealedTotpSecret secret, TwoFactorStatus status,
                                      Instant enrolledAt, Instant enabledAt, TimeStep lastAcceptedStep,
                                      List<RecoveryCode> recoveryCodes) {
        return new TwoFactor(account, secret, status, enrolledAt, enabledAt, lastAcceptedStep, recoveryCodes);
    }

    /**
     * The owner typed a code from the app they just set up ({@code matched}: the step the code was
     * valid for, empty if none): the factor is ENABLED and the recovery codes' texts returned, once.
     */
    public Outcome<List<String>> confirm(Optional<TimeStep> matched, Instant now, SecureRandom random) {
        if (status != TwoFactorStatus.PENDING) {
            return Outcome.rejected(IdentityRejection.TWO_FACTOR_ALREADY_ENABLED);
        }
        Outcome<TwoFactor> accepted = acceptCode(matched);
        if (!accepted.isAccepted()) {
            return accepted.map(ignored -> List.of());
        }
        status = TwoFactorStatus.ENABLED;
        enabledAt = now;
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            RecoveryCode.Issued issued = RecoveryCode.generate(random);
            recoveryCodes.add(issued.code());
            texts.add(issued.text());
        }
        return Outcome.accepted(List.copyOf(texts));
    }

    /** A TOTP code valid for {@code matched}; refused when none matched or its step was already used. */
    public Outcome<TwoFactor> acceptCode(Optional<TimeStep> matched) {
        if (matched.isEmpty() || lastAcceptedStep != null && !matched.get().isAfter(lastAcceptedStep)) {
            return Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CODE);
        }
        lastAcceptedStep = matched.get();
        return Outcome.accepted(this);
    }

    /** A recovery code as typed; each is good once. */
    public Outcome<TwoFactor> acceptRecoveryCode(String typed, Instant now) {
        if (status != TwoFactorStatus.ENABLED || typed == null || typed.isBlank()) {
            return Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CODE);
        }
        var digest = RecoveryCode.digestOf(typed);
        for (RecoveryCode code : recoveryCodes) {
            if (code.matches(digest)) {
                code.use(now);
                return Outcome.accepted(this);
            }
        }
        return Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CODE);
    }

    public boolean isEnabled() {
        return status == TwoFactorStatus.ENABLED;
    }

    public long recoveryCodesLeft() {
        return recoveryCodes.stream().filter(code -> code.usedAt().isEmpty()).count();
    }

    public AccountId account() {
        return account;
    }

    public SealedTotpSecret secret() {
        return secret;
    }

    public TwoFactorStatus status() {
        return status;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Optional<Instant> enabledAt() {
        return Optional.ofNullable(enabledAt);
    }

    public Optional<TimeStep> lastAcceptedStep() {
        return Optional.ofNullable(lastAcceptedStep);
    }

    public List<RecoveryCode> recoveryCodes() {
        return List.copyOf(recoveryCodes);
    }
}
