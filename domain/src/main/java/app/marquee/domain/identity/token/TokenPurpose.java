package app.marquee.domain.identity.token;

import app.marquee.domain.identity.IdentityRejection;

import java.time.Duration;

/**
 * What a mailed token lets its bearer do, for how long, and the one code a bad one gets: an unknown,
 * used and expired token are all answered alike, so a guesser learns nothing.
 */
public enum TokenPurpose {
    /** The link in the welcome and verification e-mails: proves the address is read. */
    EMAIL_VERIFICATION(Duration.ofHours(24), IdentityRejection.INVALID_VERIFICATION_TOKEN),
    /** The link in the password-reset e-mail: sets a new password without the old one. */
    PASSWORD_RESET(Duration.ofMinutes(30), IdentityRejection.INVALID_RESET_TOKEN);

    private final Duration lifetime;
    private final IdentityRejection invalid;

    TokenPurpose(Duration lifetime, IdentityRejection invalid) {
        this.lifetime = lifetime;
        this.invalid = invalid;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public IdentityRejection invalid() {
        return invalid;
    }
}
