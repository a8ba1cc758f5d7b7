package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.Account;
import app.marquee.domain.shared.Outcome;

/** Someone opens an account with an e-mail and a password. */
public interface RegisterAccountUseCase {
    Outcome<Account> register(RegisterAccountCommand command);
}
