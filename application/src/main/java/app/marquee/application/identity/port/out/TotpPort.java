package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.twofactor.SealedTotpSecret;
import app.marquee.domain.identity.twofactor.TimeStep;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.Optional;

/**
 * TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) behind an adapter that also seals the
 * secret, so the clear secret exists only in the enrolment answer and inside the adapter. A
 * secret is sealed for one account: it opens for that account only, so a sealed secret copied
 * onto another account's row is worthless.
 */
public interface TotpPort {
    /** A new random secret: shown once (base32 and an otpauth:// URI naming the e-mail), kept sealed for the account. */
    NewSecret newSecret(AccountId account, EmailAddress email);

    /**
     * The time step (now, or one either side) for which {@code code} is right, or empty. Rejected
     * TWO_FACTOR_UNAVAILABLE, never thrown, when the secret does not open for this account under the
     * server's key (the key changed, or the secret is not this account's): no code can be checked.
     */
    Outcome<Optional<TimeStep>> matchingStep(AccountId account, SealedTotpSecret secret, String code, Instant now);

    record NewSecret(String base32, String otpauthUri, SealedTotpSecret sealed) {
        @Override
        public String toString() {
            return "NewSecret[***]";
        }
    }
}
