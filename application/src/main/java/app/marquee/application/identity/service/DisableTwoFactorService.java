package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.DisableTwoFactorCommand;
import app.marquee.application.identity.port.in.DisableTwoFactorUseCase;
import app.marquee.application.identity.port.out.HashPasswordPort;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SaveTwoFactorPort;
import app.marquee.application.identity.port.out.SignInChallengesPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The password is checked outside any transaction, after reserving an attempt of the sign-in
 * throttle; the attempt is forgiven only once the code is right too, so neither can be guessed
 * here. Then, all or nothing: the code checked and spent, the factor removed, the account's open
 * sign-in challenges discarded, the notice appended.
 */
@Singleton
public class DisableTwoFactorService implements DisableTwoFactorUseCase {
    private final LoadAccountPort accounts;
    private final HashPasswordPort hasher;
    private final PasswordAttempts attempts;
    private final SecondFactorCheck check;
    private final SaveTwoFactorPort saveTwoFactor;
    private final SignInChallengesPort challenges;
    private final AccountMail mail;
    private final AllOrNothing allOrNothing;
    private final Clock clock;

    public DisableTwoFactorService(LoadAccountPort accounts, HashPasswordPort hasher, PasswordAttempts attempts,
                                   SecondFactorCheck check, SaveTwoFactorPort saveTwoFactor,
                                   SignInChallengesPort challenges, AccountMail mail,
                                   AllOrNothing allOrNothing, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.attempts = attempts;
        this.check = check;
        this.saveTwoFactor = saveTwoFactor;
        this.challenges = challenges;
        this.mail = mail;
        this.allOrNothing = allOrNothing;
        this.clock = clock;
    }

    @Override
    public Outcome<Account> disable(DisableTwoFactorCommand command) {
        Instant now = clock.instant();
        Optional<Account> found = accounts.byId(command.account());
        if (found.isEmpty()) {
            return Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND);
        }
        Account account = found.get();
        Optional<Rejection> throttled = attempts.reserve(account.email(), now);
        if (throttled.isPresent()) {
            return Outcome.rejected(throttled.get());
        }
        if (!hasher.verify(command.password(), account.passwordHash()).matches()) {
            return Outcome.rejected(Rejection.onField(IdentityRejection.WRONG_PASSWORD, "password"));
        }
        Outcome<Account> disabled = allOrNothing.run(() -> check.pass(account.id(), command.code(),
                command.recoveryCode(), now).map(passed -> {
                    saveTwoFactor.remove(account.id());
                    challenges.discardOf(account.id());
                    mail.notice(account, MessageKind.TWO_FACTOR_DISABLED, now);
                    return account;
                }));
        if (disabled.isAccepted() || isNotEnabled(disabled)) {
            attempts.forgive(account.email());
        }
        return disabled;
    }

    private static boolean isNotEnabled(Outcome<Account> outcome) {
        return outcome instanceof Outcome.Rejected<Account> rejected
                && rejected.rejection().is(IdentityRejection.TWO_FACTOR_NOT_ENABLED);
    }
}
