package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.shared.Outcome;

/** The owner changes their display name, language or phone number. */
public interface UpdateProfileUseCase {
    Outcome<Account> update(UpdateProfileCommand command);
}
