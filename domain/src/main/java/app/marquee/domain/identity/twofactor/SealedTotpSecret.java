package app.marquee.domain.identity.twofactor;

/**
 * A TOTP secret as it is kept: encrypted by the adapter that made it (AES-GCM under the server's
 * key), opaque to everyone else. The clear secret is shown once, at enrolment, and never stored.
 */
public record SealedTotpSecret(String value) {
    public SealedTotpSecret {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a sealed secret is some text");
        }
    }

    @Override
    public String toString() {
        return "SealedTotpSecret[***]";
    }
}
