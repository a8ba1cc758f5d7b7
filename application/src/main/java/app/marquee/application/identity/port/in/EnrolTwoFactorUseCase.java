package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

/**
 * A signed-in owner starts two-factor sign-in: a new secret, replacing an unconfirmed one; nothing
 * changes at sign-in until it is confirmed. TWO_FACTOR_ALREADY_ENABLED when it is on.
 */
public interface EnrolTwoFactorUseCase {
    Outcome<TwoFactorEnrolment> enrol(AccountId account);
}
