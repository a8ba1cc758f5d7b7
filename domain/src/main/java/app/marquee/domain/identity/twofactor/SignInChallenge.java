package app.marquee.domain.identity.twofactor;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.OpaqueToken;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.shared.Outcome;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The second step of a sign-in with two-factor on: the password was right, and the caller holds
 * this challenge (256 random bits, stored as its SHA-256) until they answer it with a code. It
 * lives {@link #LIFETIME}, takes {@link #MAX_FAILURES} wrong codes at most, and opens one session:
 * answered, expired or worn out, it is refused with one code that never says which.
 */
public final class SignInChallenge {
    public static final Duration LIFETIME = Duration.ofMinutes(5);
    public static final int MAX_FAILURES = 5;

    private final TokenDigest digest;
    private final AccountId account;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private int failures;
    private Instant answeredAt;

    private SignInChallenge(TokenDigest digest, AccountId account, Instant issuedAt, Instant expiresAt, int failures,
                            Instant answeredAt) {
        this.digest = Objects.requireNonNull(digest, "digest");
        this.account = Objects.requireNonNull(account, "account");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        if (failures < 0 || failures > MAX_FAILURES) {
            throw new IllegalArgumentException("failures are 0 to " + MAX_FAILURES);
        }
        this.failures = failures;
        this.answeredAt = answeredAt;
    }

    public static Issued issue(AccountId account, Instant now, SecureRandom random) {
        String secret = OpaqueToken.generate(random);
        return new Issued(secret, new SignInChallenge(TokenDigest.of(secret), account, now, now.plus(LIFETIME), 0,
                null));
    }

    /** For the persistence adapter only. */
    public static SignInChallenge rehydrate(TokenDigest digest, AccountId account, Instant issuedAt, Instant expiresAt,
                                            int failures, Instant answeredAt) {
        return new SignInChallenge(digest, account, issuedAt, expiresAt, failures, answeredAt);
    }

    /** Whether the challenge may still be answered now. */
    public Outcome<SignInChallenge> open(Instant now) {
        if (answeredAt != null || !now.isBefore(expiresAt) || failures >= MAX_FAILURES) {
            return Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CHALLENGE);
        }
        return Outcome.accepted(this);
    }

    /** A wrong code: one attempt fewer. */
    public void fail() {
        failures = Math.min(MAX_FAILURES, failures + 1);
    }

    /** The right code: the challenge is spent. */
    public void answer(Instant now) {
        answeredAt = now;
    }

    public TokenDigest digest() {
        return digest;
    }

    public AccountId account() {
        return account;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public int failures() {
        return failures;
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }

    public record Issued(String secret, SignInChallenge challenge) {
        @Override
        public String toString() {
            return "Issued[" + challenge.digest() + "]";
        }
    }
}
