package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.shared.Outcome;

/**
 * Turns two-factor off with the password and a code (or a recovery code); TWO_FACTOR_DISABLED is
 * mailed. WRONG_PASSWORD, INVALID_TWO_FACTOR_CODE, TWO_FACTOR_NOT_ENABLED; both checks count as
 * attempts of the sign-in throttle (TOO_MANY_ATTEMPTS), so codes cannot be guessed here either.
 */
public interface DisableTwoFactorUseCase {
    Outcome<Account> disable(DisableTwoFactorCommand command);
}
