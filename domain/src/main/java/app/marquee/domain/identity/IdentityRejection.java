package app.marquee.domain.identity;

/** Why the identity context refused something. Each name is a stable API error code. */
public enum IdentityRejection {
    EMAIL_TAKEN,
    PASSWORD_TOO_SHORT,
    PASSWORD_TOO_LONG,
    PASSWORD_SAME_AS_EMAIL,
    PASSWORD_TOO_COMMON,
    INVALID_CREDENTIALS,
    TOO_MANY_ATTEMPTS,
    ACCOUNT_DISABLED,
    ACCOUNT_CLOSED,
    ACCOUNT_NOT_FOUND,
    WRONG_PASSWORD,
    INVALID_REFRESH_TOKEN,
    REFRESH_TOKEN_REUSED,
    SESSION_REVOKED,
    TOKEN_OUTDATED,
    LAST_ADMIN,
    /** An admin tried to disable or restore an account its owner has closed: closing is for good. */
    CLOSED_ACCOUNT_UNCHANGEABLE,
    CONCURRENT_UPDATE,
    /** Buying (a hold, an order, a waiting-list place) needs a verified e-mail while the setting asks for one. */
    EMAIL_NOT_VERIFIED,
    /** A verification link that is unknown, used or expired: which of the three is never said. */
    INVALID_VERIFICATION_TOKEN,
    EMAIL_ALREADY_VERIFIED,
    /** Too many e-mails of one kind asked for one address (verification resend, password reset). */
    TOO_MANY_REQUESTS,
    /** A password-reset token that is unknown, used or expired: which of the three is never said. */
    INVALID_RESET_TOKEN,
    TWO_FACTOR_ALREADY_ENABLED,
    /** Confirming an enrolment that was never started, or disabling two-factor that is off. */
    TWO_FACTOR_NOT_ENABLED,
    /** A TOTP or recovery code that does not match, or a TOTP code already used in its window. */
    INVALID_TWO_FACTOR_CODE,
    /** A sign-in challenge that is unknown, answered, expired or out of attempts: which is never said. */
    INVALID_TWO_FACTOR_CHALLENGE,
    /**
     * The server cannot read the account's sealed TOTP secret (its key was changed or lost, or the
     * secret was not sealed for this account): a code cannot be checked; a recovery code still works.
     */
    TWO_FACTOR_UNAVAILABLE
}
