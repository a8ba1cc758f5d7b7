package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.ProvisionAdminCommand;
import app.marquee.application.identity.port.in.ProvisionAdminUseCase;
import app.marquee.application.identity.port.out.HashPasswordPort;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.application.identity.port.out.SearchAccountsPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.identity.account.PasswordPolicy;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/**
 * Safe when several instances start together: whichever inserts the admin first wins, and the
 * others find it and report it present. An e-mail held by any other account is a configuration
 * error, reported as EMAIL_TAKEN.
 */
@Singleton
public class ProvisionAdminService implements ProvisionAdminUseCase {
    private final SearchAccountsPort search;
    private final LoadAccountPort accounts;
    private final SaveAccountPort saveAccount;
    private final HashPasswordPort hasher;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    public ProvisionAdminService(SearchAccountsPort search, LoadAccountPort accounts, SaveAccountPort saveAccount,
                                 HashPasswordPort hasher, PasswordPolicy passwordPolicy, Clock clock) {
        this.search = search;
        this.accounts = accounts;
        this.saveAccount = saveAccount;
        this.hasher = hasher;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    @Override
    public Outcome<Provisioning> provision(ProvisionAdminCommand command) {
        if (search.lockActiveAdmins() > 0) {
            return Outcome.accepted(Provisioning.ADMIN_ALREADY_PRESENT);
        }
        if (accounts.byEmail(command.email()).isPresent()) {
            return present(command.email());
        }
        Optional<Rejection> weak = passwordPolicy.assess(command.password(), command.email());
        if (weak.isPresent()) {
            return Outcome.rejected(weak.get());
        }
        Account admin = Account.register(command.email(), hasher.hash(command.password()),
                new DisplayName("Administrator"), Language.EN, Role.ADMIN, clock.instant());
        admin.markEmailVerified(clock.instant()); // the operator who configured the address vouches for it
        Outcome<Account> added = saveAccount.add(admin);
        return added.isAccepted() ? Outcome.accepted(Provisioning.CREATED) : present(command.email());
    }

    private Outcome<Provisioning> present(EmailAddress email) {
        return accounts.byEmail(email).filter(Account::isActiveAdmin)
                .map(admin -> Outcome.accepted(Provisioning.ADMIN_ALREADY_PRESENT))
                .orElseGet(() -> Outcome.rejected(Rejection.onField(IdentityRejection.EMAIL_TAKEN, "email")));
    }
}
