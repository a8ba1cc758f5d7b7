package app.marquee.domain.identity.account;

import app.marquee.domain.identity.IdentityRejection;

import java.util.Optional;

/**
 * Who may buy. With {@code verifiedEmailRequired} (MARQUEE_REQUIRE_VERIFIED_EMAIL, on by default)
 * an account whose e-mail is not verified may browse everything but not hold places, pay for an
 * order or join a waiting list (which leads to a hold): tickets and receipts go to that address,
 * so it must be one the buyer reads. Kiosks and tests may turn the rule off.
 */
public record PurchaseEligibility(boolean verifiedEmailRequired) {

    /** Why this buyer may not buy now, or empty when they may. */
    public Optional<IdentityRejection> blocker(boolean emailVerified) {
        return verifiedEmailRequired && !emailVerified
                ? Optional.of(IdentityRejection.EMAIL_NOT_VERIFIED) : Optional.empty();
    }
}
