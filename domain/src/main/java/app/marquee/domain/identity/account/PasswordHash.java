package app.marquee.domain.identity.account;

/**
 * A password as stored: the encoded output of a slow hash (Argon2id, or bcrypt for imported
 * accounts), never the password itself. {@code toString} hides it so it never reaches a log.
 */
public record PasswordHash(String encoded) {
    /** Marks an account that can no longer sign in with any password. */
    public static final PasswordHash UNUSABLE = new PasswordHash("!");

    public PasswordHash {
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException("password hash is required");
        }
    }

    public boolean isUsable() {
        return !UNUSABLE.encoded.equals(encoded);
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}
