package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.PasswordHash;

/**
 * Slow, salted password hashing. {@link #verify} also says when a stored hash was made with
 * weaker parameters (or imported as bcrypt) and should be replaced now that the password is known.
 */
public interface HashPasswordPort {
    PasswordHash hash(String password);

    PasswordMatch verify(String password, PasswordHash hash);

    /** Spends the time a real check would, for an e-mail that has no account. */
    void verifyNothing(String password);

    enum PasswordMatch {
        MATCH, MATCH_NEEDS_REHASH, MISMATCH;

        public boolean matches() {
            return this != MISMATCH;
        }
    }
}
