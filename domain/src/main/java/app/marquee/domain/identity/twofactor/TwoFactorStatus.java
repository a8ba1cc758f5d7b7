package app.marquee.domain.identity.twofactor;

/** PENDING: a secret was handed out but not yet proven with a code. ENABLED: sign-ins ask for a code. */
public enum TwoFactorStatus {
    PENDING, ENABLED
}
