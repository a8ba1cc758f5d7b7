package app.marquee.application.identity.port.in;

/** What an authenticator app needs, shown once: the secret in base32 and the otpauth:// URI (a QR code). */
public record TwoFactorEnrolment(String secret, String otpauthUri) {
    @Override
    public String toString() {
        return "TwoFactorEnrolment[***]";
    }
}
