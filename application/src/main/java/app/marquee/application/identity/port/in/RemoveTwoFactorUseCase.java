package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

/**
 * An admin turns an account's two-factor off, for an owner who lost both the phone and the
 * recovery codes (or whose secret the server can no longer read): the factor and its recovery
 * codes are forgotten, open sign-in challenges end, and TWO_FACTOR_DISABLED is mailed to the
 * owner, as when they turn it off themselves. ACCOUNT_NOT_FOUND, TWO_FACTOR_NOT_ENABLED.
 */
public interface RemoveTwoFactorUseCase {
    Outcome<AccountId> remove(AccountId account);
}
