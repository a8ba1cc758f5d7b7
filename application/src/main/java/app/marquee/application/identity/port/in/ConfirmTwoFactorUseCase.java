package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

import java.util.List;

/**
 * The owner proves the app works with a code: two-factor is on, TWO_FACTOR_ENABLED is mailed, and
 * the ten recovery codes are answered, once. INVALID_TWO_FACTOR_CODE for a wrong code,
 * TWO_FACTOR_NOT_ENABLED without an enrolment, TWO_FACTOR_ALREADY_ENABLED when already on.
 */
public interface ConfirmTwoFactorUseCase {
    Outcome<List<String>> confirm(AccountId account, String code);
}
