package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.UpdateProfileCommand;
import app.marquee.application.identity.port.in.UpdateProfileUseCase;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveAccountPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@Singleton
public class UpdateProfileService implements UpdateProfileUseCase {
    private final LoadAccountPort accounts;
    private final SaveAccountPort saveAccount;
    private final Clock clock;

    public UpdateProfileService(LoadAccountPort accounts, SaveAccountPort saveAccount, Clock clock) {
        this.accounts = accounts;
        this.saveAccount = saveAccount;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome<Account> update(UpdateProfileCommand command) {
        Optional<Account> found = accounts.byId(command.accountId());
        if (found.isEmpty()) {
            return Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND);
        }
        Account account = found.get();
        Instant now = clock.instant();
        command.displayName().ifPresent(name -> account.rename(name, now));
        command.language().ifPresent(language -> account.speak(language, now));
        command.phone().ifPresent(change -> account.changePhone(change.number(), now));
        return saveAccount.update(account);
    }
}
