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
    CONCURRENT_UPDATE
}
