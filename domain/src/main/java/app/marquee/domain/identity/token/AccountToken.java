package app.marquee.domain.identity.token;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.OpaqueToken;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.shared.Outcome;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A single-use token mailed to an account's address (see {@link TokenPurpose}): 256 random bits,
 * handed out once in the e-mail, kept only as its SHA-256. It is good once, until it expires; a
 * newer token of the same purpose supersedes it (the store marks the older ones used).
 */
public final class AccountToken {
    private final TokenDigest digest;
    private final TokenPurpose purpose;
    private final AccountId account;
    private final Instant issuedAt;
    private final Instant expiresAt;
    private Instant usedAt;

    private AccountToken(TokenDigest digest, TokenPurpose purpose, AccountId account, Instant issuedAt,
                         Instant expiresAt, Instant usedAt) {
        this.digest = Objects.requireNonNull(digest, "digest");
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.account = Objects.requireNonNull(account, "account");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.usedAt = usedAt;
        if (!expiresAt.isAfter(issuedAt)) {
            throw new IllegalArgumentException("a token expires after it is issued");
        }
    }

    /** A new token for the account, living as long as its purpose allows. */
    public static Issued issue(TokenPurpose purpose, AccountId account, Instant now, SecureRandom random) {
        String secret = OpaqueToken.generate(random);
        return new Issued(secret, new AccountToken(TokenDigest.of(secret), purpose, account, now,
                now.plus(purpose.lifetime()), null));
    }

    /** For the persistence adapter only. */
    public static AccountToken rehydrate(TokenDigest digest, TokenPurpose purpose, AccountId account, Instant issuedAt,
                                         Instant expiresAt, Instant usedAt) {
        return new AccountToken(digest, purpose, account, issuedAt, expiresAt, usedAt);
    }

    /** Spends the token now; a used or expired one is refused with its purpose's single code. */
    public Outcome<AccountToken> redeem(Instant now) {
        if (!isLiveAt(now)) {
            return Outcome.rejected(purpose.invalid());
        }
        usedAt = now;
        return Outcome.accepted(this);
    }

    public boolean isLiveAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public TokenDigest digest() {
        return digest;
    }

    public TokenPurpose purpose() {
        return purpose;
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

    public Optional<Instant> usedAt() {
        return Optional.ofNullable(usedAt);
    }

    /** A token just issued: the secret for the e-mail (once) and what is stored. */
    public record Issued(String secret, AccountToken token) {
        public Issued {
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(token, "token");
        }

        @Override
        public String toString() {
            return "Issued[" + token.purpose() + " " + token.digest() + "]";
        }
    }
}
