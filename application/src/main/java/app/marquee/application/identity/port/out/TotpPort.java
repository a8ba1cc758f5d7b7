package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.twofactor.SealedTotpSecret;
import app.marquee.domain.identity.twofactor.TimeStep;

import java.time.Instant;
import java.util.Optional;

/**
 * TOTP (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps) behind an adapter that also seals the
 * secret, so the clear secret exists only in the enrolment answer and inside the adapter.
 */
public interface TotpPort {
    /** A new random secret: shown once (base32 and an otpauth:// URI naming the account), kept sealed. */
    NewSecret newSecret(EmailAddress account);

    /** The time step (now, or one either side) for which {@code code} is right, or empty. */
    Optional<TimeStep> matchingStep(SealedTotpSecret secret, String code, Instant now);

    record NewSecret(String base32, String otpauthUri, SealedTotpSecret sealed) {
        @Override
        public String toString() {
            return "NewSecret[***]";
        }
    }
}
