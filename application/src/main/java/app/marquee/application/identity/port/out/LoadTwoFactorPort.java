package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.twofactor.TwoFactor;

import java.util.Optional;

/** An account's second factor, if it ever enrolled one. */
public interface LoadTwoFactorPort {
    Optional<TwoFactor> byAccount(AccountId account);

    /**
     * The same, its row locked until the transaction ends: two codes checked at once on two
     * instances are serialised, so the second sees the time step the first accepted.
     */
    Optional<TwoFactor> lockByAccount(AccountId account);
}
