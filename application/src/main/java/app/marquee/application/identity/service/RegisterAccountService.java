package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.RegisterAccountCommand;
import app.marquee.application.identity.port.in.RegisterAccountUseCase;
import app.marquee.application.identity.port.out.HashPasswordPort;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.PasswordPolicy;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/**
 * Not transactional: the one write is a single insert that the database refuses for a taken
 * e-mail, and the password is hashed before it, holding no connection.
 */
@Singleton
public class RegisterAccountService implements RegisterAccountUseCase {
    private final LoadAccountPort accounts;
    private final SaveAccountPort saveAccount;
    private final HashPasswordPort hasher;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    public RegisterAccountService(LoadAccountPort accounts, SaveAccountPort saveAccount, HashPasswordPort hasher,
                                  PasswordPolicy passwordPolicy, Clock clock) {
        this.accounts = accounts;
        this.saveAccount = saveAccount;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    @Override
    public Outcome<Account> register(RegisterAccountCommand command) {
        Optional<Rejection> weak = passwordPolicy.assess(command.password(), command.email());
        if (weak.isPresent()) {
            return Outcome.rejected(weak.get());
        }
        if (accounts.byEmail(command.email()).isPresent()) {
            return Outcome.rejected(Rejection.onField(IdentityRejection.EMAIL_TAKEN, "email"));
        }
        Account account = Account.register(command.email(), hasher.hash(command.password()), command.displayName(),
                command.language(), Role.USER, clock.instant());
        return saveAccount.add(account);
    }
}
