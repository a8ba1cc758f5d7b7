package app.marquee.application.identity.service;

import app.marquee.application.identity.port.out.LoadTwoFactorPort;
import app.marquee.application.identity.port.out.SaveTwoFactorPort;
import app.marquee.application.identity.port.out.TotpPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.twofactor.TwoFactor;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * Checks a code from the app, or a recovery code, against the account's enabled second factor,
 * its row locked for the caller's transaction; an accepted code is written back at once (its time
 * step, or the recovery code spent), so it can never be used again. A secret the server cannot
 * read is TWO_FACTOR_UNAVAILABLE; a recovery code needs no secret and still works then.
 */
@Singleton
public class SecondFactorCheck {
    private final LoadTwoFactorPort twoFactors;
    private final SaveTwoFactorPort saveTwoFactor;
    private final TotpPort totp;

    public SecondFactorCheck(LoadTwoFactorPort twoFactors, SaveTwoFactorPort saveTwoFactor, TotpPort totp) {
        this.twoFactors = twoFactors;
        this.saveTwoFactor = saveTwoFactor;
        this.totp = totp;
    }

    Outcome<TwoFactor> pass(AccountId account, Optional<String> code, Optional<String> recoveryCode, Instant now) {
        Optional<TwoFactor> factor = twoFactors.lockByAccount(account).filter(TwoFactor::isEnabled);
        if (factor.isEmpty()) {
            return Outcome.rejected(IdentityRejection.TWO_FACTOR_NOT_ENABLED);
        }
        Outcome<TwoFactor> accepted = code.isPresent()
                ? totp.matchingStep(account, factor.get().secret(), code.get(), now)
                        .flatMap(factor.get()::acceptCode)
                : factor.get().acceptRecoveryCode(recoveryCode.orElseThrow(), now);
        if (accepted.isAccepted()) {
            saveTwoFactor.save(factor.get());
        }
        return accepted;
    }
}
