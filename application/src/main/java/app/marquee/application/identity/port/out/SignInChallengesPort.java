package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.twofactor.SignInChallenge;

import java.util.Optional;

/** Second-step sign-in challenges, kept as digests. */
public interface SignInChallengesPort {
    void add(SignInChallenge challenge);

    Optional<SignInChallenge> byDigest(TokenDigest digest);

    /** The challenge with its row locked until the transaction ends: one answer at a time. */
    Optional<SignInChallenge> lockByDigest(TokenDigest digest);

    void update(SignInChallenge challenge);
}
