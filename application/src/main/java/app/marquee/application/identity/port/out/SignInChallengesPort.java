package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.twofactor.SignInChallenge;

import java.time.Instant;
import java.util.Optional;

/** Second-step sign-in challenges, kept as digests. */
public interface SignInChallengesPort {
    void add(SignInChallenge challenge);

    Optional<SignInChallenge> byDigest(TokenDigest digest);

    /** The challenge with its row locked until the transaction ends: one answer at a time. */
    Optional<SignInChallenge> lockByDigest(TokenDigest digest);

    void update(SignInChallenge challenge);

    /**
     * Forgets every challenge of the account, in the caller's transaction: a password reset or
     * change, or two-factor turned off, ends any sign-in half done with the old state.
     */
    void discardOf(AccountId account);

    /** Forgets challenges expired before {@code cutoff}, of every account; how many. */
    int forgetExpiredBefore(Instant cutoff);
}
