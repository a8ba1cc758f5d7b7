package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.shared.Outcome;

/** The owner, knowing the current password, sets a new one; every other session is signed out. */
public interface ChangePasswordUseCase {
    Outcome<Account> change(ChangePasswordCommand command);
}
