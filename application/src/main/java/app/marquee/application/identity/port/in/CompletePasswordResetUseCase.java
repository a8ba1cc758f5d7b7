package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.shared.Outcome;

/**
 * Sets a new password with a reset token: the password policy applies (on {@code newPassword});
 * the token is spent; every session of the account is revoked (its refresh tokens die, and with
 * them its access tokens); the e-mail counts as verified, since the link reached it. An unknown,
 * used or expired token is INVALID_RESET_TOKEN, never saying which. Two-factor stays on.
 */
public interface CompletePasswordResetUseCase {
    Outcome<Account> complete(CompletePasswordResetCommand command);
}
