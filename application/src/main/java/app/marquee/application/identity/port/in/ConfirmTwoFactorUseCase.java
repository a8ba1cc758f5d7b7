package app.marquee.application.identity.port.in;

import app.marquee.domain.shared.Outcome;

import java.util.List;

/**
 * The owner proves the app works with a code, and that they are the owner with the password (an
 * access token alone, perhaps stolen, must not lock the owner out behind someone else's phone):
 * two-factor is on, every other session of the account ends, TWO_FACTOR_ENABLED is mailed, and
 * the ten recovery codes are answered, once. WRONG_PASSWORD (counted by the sign-in throttle:
 * TOO_MANY_ATTEMPTS), INVALID_TWO_FACTOR_CODE for a wrong code, TWO_FACTOR_NOT_ENABLED without an
 * enrolment, TWO_FACTOR_ALREADY_ENABLED when already on, TWO_FACTOR_UNAVAILABLE when the server
 * cannot read the secret (enrol again).
 */
public interface ConfirmTwoFactorUseCase {
    Outcome<List<String>> confirm(ConfirmTwoFactorCommand command);
}
