package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.SignInChallengesPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.twofactor.SignInChallenge;

import java.time.Instant;
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

    @Override
    public void discardOf(AccountId account) {
        rows.values().removeIf(challenge -> challenge.account().equals(account));
    }

    @Override
    public int forgetExpiredBefore(Instant cutoff) {
        int before = rows.size();
        rows.values().removeIf(challenge -> challenge.expiresAt().isBefore(cutoff));
        return before - rows.size();
    }

    public int count() {
        return rows.size();
    }

    private static SignInChallenge copy(SignInChallenge c) {
        return SignInChallenge.rehydrate(c.digest(), c.account(), c.issuedAt(), c.expiresAt(), c.failures(),
                c.answeredAt().orElse(null));
    }
}
