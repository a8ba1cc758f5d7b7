package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.HashPasswordPort;
import app.marquee.domain.identity.account.PasswordHash;

/**
 * A transparent stand-in for the slow hash: {@code "plain:" + password}. A hash written
 * {@code "legacy:" + password} matches too but asks to be rehashed, like an imported bcrypt hash.
 */
public final class PlainTextHasher implements HashPasswordPort {
    private static final String CURRENT = "plain:";
    private static final String LEGACY = "legacy:";

    private int hashes;
    private int verifications;
    private int emptyChecks;

    public static PasswordHash current(String password) {
        return new PasswordHash(CURRENT + password);
    }

    public static PasswordHash legacy(String password) {
        return new PasswordHash(LEGACY + password);
    }

    @Override
    public PasswordHash hash(String password) {
        hashes++;
        return current(password);
    }

    @Override
    public PasswordMatch verify(String password, PasswordHash hash) {
        verifications++;
        if (hash.encoded().equals(CURRENT + password)) {
            return PasswordMatch.MATCH;
        }
        if (hash.encoded().equals(LEGACY + password)) {
            return PasswordMatch.MATCH_NEEDS_REHASH;
        }
        return PasswordMatch.MISMATCH;
    }

    @Override
    public void verifyNothing(String password) {
        emptyChecks++;
    }

    public int hashes() {
        return hashes;
    }

    public int verifications() {
        return verifications;
    }

    /** How often time was spent on a check for an e-mail with no account. */
    public int emptyChecks() {
        return emptyChecks;
    }
}
