package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.token.AccountToken;
import app.marquee.domain.identity.token.TokenPurpose;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.Optional;

/**
 * Mailed single-use tokens, kept as digests. The database has the last word on single use: a
 * redemption is a conditional update that only one request wins, even on two instances at once;
 * the loser gets the purpose's invalid-token code, as for any spent token.
 */
public interface AccountTokensPort {
    /** Stores a new token; the account's earlier live tokens of the same purpose are spent with it. */
    void issue(AccountToken token);

    Optional<AccountToken> byDigest(TokenDigest digest);

    /** Records a redemption the domain accepted, if the token is still unused and live at {@code usedAt}. */
    Outcome<AccountToken> redeem(AccountToken redeemed);

    /** Spends every live token of this purpose the account has (a password was reset). */
    void spendAll(AccountId account, TokenPurpose purpose, Instant now);

    /** Forgets tokens expired before {@code cutoff}, of every account; how many. */
    int forgetExpiredBefore(Instant cutoff);
}
