package app.marquee.application.identity.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.twofactor.TwoFactor;

/** Stores an account's second factor (one per account) with its recovery codes, or forgets it. */
public interface SaveTwoFactorPort {
    /** Writes the factor as it is now, replacing what the account had (a pending enrolment, used codes). */
    void save(TwoFactor factor);

    void remove(AccountId account);
}
