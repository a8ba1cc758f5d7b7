package app.marquee.domain.identity.account;

/**
 * Where an account is in its life. ACTIVE accounts sign in; DISABLED ones were stopped by an
 * admin and can be restored; CLOSED ones were deleted by their owner and wait out the grace
 * period before their personal data is ANONYMISED for good.
 */
public enum AccountStatus {
    ACTIVE, DISABLED, CLOSED, ANONYMISED
}
