package app.marquee.adapter.persistence.identity;

import app.marquee.application.identity.port.out.SignInChallengesPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.twofactor.SignInChallenge;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;

/**
 * Sign-in challenges in PostgreSQL, as digests. An answer reads its challenge FOR UPDATE, so two
 * answers to one challenge are judged one after the other and only one opens a session. Old
 * challenges are forgotten by a job ({@link #forgetExpiredBefore}), never on a sign-in's path.
 */
@Singleton
public class SignInChallengePersistenceAdapter implements SignInChallengesPort {
    private final SignInChallengeRepository challenges;

    SignInChallengePersistenceAdapter(SignInChallengeRepository challenges) {
        this.challenges = challenges;
    }

    @Override
    public void add(SignInChallenge challenge) {
        challenges.save(new SignInChallengeRow(challenge.digest().hex(), challenge.account().value(),
                challenge.issuedAt(), challenge.expiresAt(), challenge.failures(), challenge.answeredAt().orElse(null)));
    }

    @Override
    public Optional<SignInChallenge> byDigest(TokenDigest digest) {
        return challenges.findById(digest.hex()).map(SignInChallengePersistenceAdapter::toDomain);
    }

    @Override
    public Optional<SignInChallenge> lockByDigest(TokenDigest digest) {
        return challenges.lockById(digest.hex()).map(SignInChallengePersistenceAdapter::toDomain);
    }

    @Override
    public void update(SignInChallenge challenge) {
        challenges.updateState(challenge.digest().hex(), challenge.failures(), challenge.answeredAt().orElse(null));
    }

    @Override
    public void discardOf(AccountId account) {
        challenges.deleteByAccountId(account.value());
    }

    @Override
    public int forgetExpiredBefore(Instant cutoff) {
        return challenges.deleteByExpiresAtLessThan(cutoff);
    }

    private static SignInChallenge toDomain(SignInChallengeRow row) {
        return SignInChallenge.rehydrate(new TokenDigest(row.digest()), new AccountId(row.accountId()), row.issuedAt(),
                row.expiresAt(), row.failures(), row.answeredAt());
    }
}
