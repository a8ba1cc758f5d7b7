package app.marquee.domain.identity.session;

/** Why a session was ended before its tokens expired. */
public enum RevocationReason {
    SIGNED_OUT, TOKEN_REUSED, PASSWORD_CHANGED, ACCOUNT_CLOSED, ACCOUNT_DISABLED, PASSWORD_RESET,
    /** Two-factor was turned on: every other session, perhaps opened with a stolen password, ends. */
    TWO_FACTOR_ENABLED
}
