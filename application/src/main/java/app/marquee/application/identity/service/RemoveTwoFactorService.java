package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.RemoveTwoFactorUseCase;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.LoadTwoFactorPort;
import app.marquee.application.identity.port.out.SaveTwoFactorPort;
import app.marquee.application.identity.port.out.SignInChallengesPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.twofactor.TwoFactor;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * All or nothing, the factor's row locked: removed with its recovery codes, the open sign-in
 * challenges discarded and the owner's notice appended. A pending enrolment is not two-factor on.
 */
@Singleton
public class RemoveTwoFactorService implements RemoveTwoFactorUseCase {
    private final LoadAccountPort accounts;
    private final LoadTwoFactorPort twoFactors;
    private final SaveTwoFactorPort saveTwoFactor;
    private final SignInChallengesPort challenges;
    private final AccountMail mail;
    private final AllOrNothing allOrNothing;
    private final Clock clock;

    public RemoveTwoFactorService(LoadAccountPort accounts, LoadTwoFactorPort twoFactors,
                                  SaveTwoFactorPort saveTwoFactor, SignInChallengesPort challenges, AccountMail mail,
                                  AllOrNothing allOrNothing, Clock clock) {
        this.accounts = accounts;
        this.twoFactors = twoFactors;
        this.saveTwoFactor = saveTwoFactor;
        this.challenges = challenges;
        this.mail = mail;
        this.allOrNothing = allOrNothing;
        this.clock = clock;
    }

    @Override
    public Outcome<AccountId> remove(AccountId id) {
        Instant now = clock.instant();
        return allOrNothing.run(() -> {
            Optional<Account> account = accounts.byId(id);
            if (account.isEmpty()) {
                return Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND);
            }
            if (twoFactors.lockByAccount(id).filter(TwoFactor::isEnabled).isEmpty()) {
                return Outcome.rejected(IdentityRejection.TWO_FACTOR_NOT_ENABLED);
            }
            saveTwoFactor.remove(id);
            challenges.discardOf(id);
            mail.notice(account.get(), MessageKind.TWO_FACTOR_DISABLED, now);
            return Outcome.accepted(id);
        });
    }
}
