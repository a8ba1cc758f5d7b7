package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.ConfirmTwoFactorUseCase;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.LoadTwoFactorPort;
import app.marquee.application.identity.port.out.SaveTwoFactorPort;
import app.marquee.application.identity.port.out.TotpPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.twofactor.TwoFactor;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One transaction, the enrolment's row locked: enabled with its recovery codes and the notice appended, or nothing. */
@Singleton
public class ConfirmTwoFactorService implements ConfirmTwoFactorUseCase {
    private final LoadAccountPort accounts;
    private final LoadTwoFactorPort twoFactors;
    private final SaveTwoFactorPort saveTwoFactor;
    private final TotpPort totp;
    private final AccountMail mail;
    private final AllOrNothing allOrNothing;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ConfirmTwoFactorService(LoadAccountPort accounts, LoadTwoFactorPort twoFactors,
                                   SaveTwoFactorPort saveTwoFactor, TotpPort totp, AccountMail mail,
                                   AllOrNothing allOrNothing, Clock clock) {
        this.accounts = accounts;
        this.twoFactors = twoFactors;
        this.saveTwoFactor = saveTwoFactor;
        this.totp = totp;
        this.mail = mail;
        this.allOrNothing = allOrNothing;
        this.clock = clock;
    }

    @Override
    public Outcome<List<String>> confirm(AccountId id, String code) {
        Instant now = clock.instant();
        return allOrNothing.run(() -> {
            Optional<Account> account = accounts.byId(id);
            Optional<TwoFactor> factor = twoFactors.lockByAccount(id);
            if (account.isEmpty() || factor.isEmpty()) {
                return Outcome.rejected(IdentityRejection.TWO_FACTOR_NOT_ENABLED);
            }
            Outcome<List<String>> confirmed = factor.get().confirm(
                    totp.matchingStep(factor.get().secret(), code, now), now, random);
            if (confirmed.isAccepted()) {
                saveTwoFactor.save(factor.get());
                mail.notice(account.get(), MessageKind.TWO_FACTOR_ENABLED, now);
            }
            return confirmed;
        });
    }
}
