package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.LoadTwoFactorPort;
import app.marquee.application.identity.port.out.SaveTwoFactorPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.twofactor.RecoveryCode;
import app.marquee.domain.identity.twofactor.TwoFactor;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** One second factor per account, read as copies: a change counts once saved. */
public final class InMemoryTwoFactors implements LoadTwoFactorPort, SaveTwoFactorPort {
    private final Map<AccountId, TwoFactor> rows = new HashMap<>();

    @Override
    public Optional<TwoFactor> byAccount(AccountId account) {
        return Optional.ofNullable(rows.get(account)).map(InMemoryTwoFactors::copy);
    }

    @Override
    public Optional<TwoFactor> lockByAccount(AccountId account) {
        return byAccount(account);
    }

    @Override
    public void save(TwoFactor factor) {
        rows.put(factor.account(), copy(factor));
    }

    @Override
    public void remove(AccountId account) {
        rows.remove(account);
    }

    private static TwoFactor copy(TwoFactor f) {
        return TwoFactor.rehydrate(f.account(), f.secret(), f.status(), f.enrolledAt(), f.enabledAt().orElse(null),
                f.lastAcceptedStep().orElse(null), f.recoveryCodes().stream()
                        .map(c -> RecoveryCode.rehydrate(c.digest(), c.usedAt().orElse(null))).toList());
    }
}
