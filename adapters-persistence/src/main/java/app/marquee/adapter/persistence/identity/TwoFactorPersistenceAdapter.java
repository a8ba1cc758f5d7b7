package app.marquee.adapter.persistence.identity;

import app.marquee.application.identity.port.out.LoadTwoFactorPort;
import app.marquee.application.identity.port.out.SaveTwoFactorPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.twofactor.RecoveryCode;
import app.marquee.domain.identity.twofactor.SealedTotpSecret;
import app.marquee.domain.identity.twofactor.TimeStep;
import app.marquee.domain.identity.twofactor.TwoFactor;
import app.marquee.domain.identity.twofactor.TwoFactorStatus;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * Second factors in PostgreSQL: one row per account (the secret sealed, never in clear) and its
 * recovery codes' digests. {@link #lockByAccount} reads the row FOR UPDATE, so two codes checked
 * at once, on any instances, are judged one after the other against the last accepted step.
 * Saving rewrites the row and its codes in the caller's transaction.
 */
@Singleton
public class TwoFactorPersistenceAdapter implements LoadTwoFactorPort, SaveTwoFactorPort {
    private final TwoFactorRepository factors;

    TwoFactorPersistenceAdapter(TwoFactorRepository factors) {
        this.factors = factors;
    }

    @Override
    public Optional<TwoFactor> byAccount(AccountId account) {
        return factors.findById(account.value()).map(this::toDomain);
    }

    @Override
    public Optional<TwoFactor> lockByAccount(AccountId account) {
        return factors.lockById(account.value()).map(this::toDomain);
    }

    @Override
    public void save(TwoFactor factor) {
        factors.upsert(factor.account().value(), factor.secret().value(), factor.status().name(), factor.enrolledAt(),
                factor.enabledAt().orElse(null), factor.lastAcceptedStep().map(TimeStep::value).orElse(null));
        factors.deleteCodes(factor.account().value());
        for (RecoveryCode code : factor.recoveryCodes()) {
            factors.insertCode(factor.account().value(), code.digest().hex(), code.usedAt().orElse(null));
        }
    }

    @Override
    public void remove(AccountId account) {
        factors.delete(account.value());
    }

    private TwoFactor toDomain(TwoFactorRow row) {
        List<RecoveryCode> codes = factors.codesOf(row.accountId()).stream()
                .map(code -> RecoveryCode.rehydrate(new TokenDigest(code.digest()), code.usedAt())).toList();
        return TwoFactor.rehydrate(new AccountId(row.accountId()), new SealedTotpSecret(row.sealedSecret()),
                TwoFactorStatus.valueOf(row.status()), row.enrolledAt(), row.enabledAt(),
                row.lastAcceptedStep() == null ? null : new TimeStep(row.lastAcceptedStep()), codes);
    }
}
