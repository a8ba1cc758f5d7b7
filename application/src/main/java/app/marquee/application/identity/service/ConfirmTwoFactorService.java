package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.ConfirmTwoFactorCommand;
import app.marquee.application.identity.port.in.ConfirmTwoFactorUseCase;
import app.marquee.application.identity.port.out.LoadTwoFactorPort;
import app.marquee.application.identity.port.out.SaveSessionPort;
import app.marquee.application.identity.port.out.SaveTwoFactorPort;
import app.marquee.application.identity.port.out.TotpPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.twofactor.TwoFactor;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The password is checked first, throttled like a sign-in and outside any transaction
 * ({@link PasswordConfirmation}). Then one transaction, the enrolment's row locked: enabled with its
 * recovery codes, every other session revoked and the notice appended, or nothing.
 */
@Singleton
public class ConfirmTwoFactorService implements ConfirmTwoFactorUseCase {
    private final PasswordConfirmation password;
    private final LoadTwoFactorPort twoFactors;
    private final SaveTwoFactorPort saveTwoFactor;
    private final SaveSessionPort sessions;
    private final TotpPort totp;
    private final AccountMail mail;
    private final AllOrNothing allOrNothing;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public ConfirmTwoFactorService(PasswordConfirmation password, LoadTwoFactorPort twoFactors,
                                   SaveTwoFactorPort saveTwoFactor, SaveSessionPort sessions, TotpPort totp,
                                   AccountMail mail, AllOrNothing allOrNothing, Clock clock) {
        this.password = password;
        this.twoFactors = twoFactors;
        this.saveTwoFactor = saveTwoFactor;
        this.sessions = sessions;
        this.totp = totp;
        this.mail = mail;
        this.allOrNothing = allOrNothing;
        this.clock = clock;
    }

    @Override
    public Outcome<List<String>> confirm(ConfirmTwoFactorCommand command) {
        Instant now = clock.instant();
        return password.confirm(command.account(), command.password(), "password", now)
                .flatMap(account -> allOrNothing.run(() -> enable(account, command, now)));
    }

    private Outcome<List<String>> enable(Account account, ConfirmTwoFactorCommand command, Instant now) {
        Optional<TwoFactor> factor = twoFactors.lockByAccount(account.id());
        if (factor.isEmpty()) {
            return Outcome.rejected(IdentityRejection.TWO_FACTOR_NOT_ENABLED);
        }
        if (factor.get().isEnabled()) {
            return Outcome.rejected(IdentityRejection.TWO_FACTOR_ALREADY_ENABLED);
        }
        Outcome<List<String>> confirmed = totp.matchingStep(account.id(), factor.get().secret(), command.code(), now)
                .flatMap(step -> factor.get().confirm(step, now, random));
        if (confirmed.isAccepted()) {
            saveTwoFactor.save(factor.get());
            sessions.revokeAll(account.id(), Optional.of(command.currentSession()),
                    RevocationReason.TWO_FACTOR_ENABLED, now);
            mail.notice(account, MessageKind.TWO_FACTOR_ENABLED, now);
        }
        return confirmed;
    }
}
