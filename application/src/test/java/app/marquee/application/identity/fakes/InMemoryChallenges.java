package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.SignInChallengesPort;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.twofactor.SignInChallenge;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

public final class InMemoryChallenges implements SignInChallengesPort {
    private final Map<TokenDigest, SignInChallenge> rows = new HashMap<>();

    @Override
    public void add(SignInChallenge challenge) {
        rows.put(challenge.digest(), copy(challenge));
    }

    @Override
    public Optional<SignInChallenge> byDigest(TokenDigest digest) {
        return Optional.ofNullable(rows.get(digest)).map(InMemoryChallenges::copy);
    }

    @Override
    public Optional<SignInChallenge> lockByDigest(TokenDigest digest) {
        return byDigest(digest);
    }

    @Override
    public void update(SignInChallenge challenge) {
        rows.put(challenge.digest(), copy(challenge));
    }

    private static SignInChallenge copy(SignInChallenge c) {
        return SignInChallenge.rehydrate(c.digest(), c.account(), c.issuedAt(), c.expiresAt(), c.failures(),
                c.answeredAt().orElse(null));
    }
}
