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
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The password is hashed first, holding no connection; then one transaction inserts the account
 * (the database refuses a taken e-mail) and appends the WELCOME e-mail with its verification link,
 * so there is never an account without its link, nor a link for an account that lost the race.
 */
@Singleton
public class RegisterAccountService implements RegisterAccountUseCase {
    private final LoadAccountPort accounts;
    private final SaveAccountPort saveAccount;
    private final HashPasswordPort hasher;
    private final PasswordPolicy passwordPolicy;
    private final AccountMail mail;
    private final AllOrNothing allOrNothing;
    private final Clock clock;

    public RegisterAccountService(LoadAccountPort accounts, SaveAccountPort saveAccount, HashPasswordPort hasher,
                                  PasswordPolicy passwordPolicy, AccountMail mail, AllOrNothing allOrNothing,
                                  Clock clock) {
        this.accounts = accounts;
        this.saveAccount = saveAccount;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.mail = mail;
        this.allOrNothing = allOrNothing;
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
        Instant now = clock.instant();
        Account account = Account.register(command.email(), hasher.hash(command.password()), command.displayName(),
                command.language(), Role.USER, now);
        return allOrNothing.run(() -> saveAccount.add(account).map(added -> {
            mail.verificationLink(added, MessageKind.WELCOME, now);
            return added;
        }));
    }
}
