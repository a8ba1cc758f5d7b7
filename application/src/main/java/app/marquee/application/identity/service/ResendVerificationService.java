package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.ResendVerificationUseCase;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.token.RequestThrottle;
import app.marquee.domain.identity.token.TokenPurpose;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** One transaction: the request is counted, a new token issued and the e-mail appended, or nothing. */
@Singleton
public class ResendVerificationService implements ResendVerificationUseCase {
    private final LoadAccountPort accounts;
    private final MailRequestLimit limit;
    private final AccountMail mail;
    private final AllOrNothing allOrNothing;
    private final Clock clock;

    public ResendVerificationService(LoadAccountPort accounts, MailRequestLimit limit, AccountMail mail,
                                     AllOrNothing allOrNothing, Clock clock) {
        this.accounts = accounts;
        this.limit = limit;
        this.mail = mail;
        this.allOrNothing = allOrNothing;
        this.clock = clock;
    }

    @Override
    public Outcome<Instant> resend(AccountId id) {
        Instant now = clock.instant();
        return allOrNothing.run(() -> {
            Optional<Account> account = accounts.byId(id);
            if (account.isEmpty()) {
                return Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND);
            }
            if (account.get().emailVerified()) {
                return Outcome.rejected(IdentityRejection.EMAIL_ALREADY_VERIFIED);
            }
            Optional<Rejection> throttled = limit.take(MailRequestLimit.VERIFICATION_RESEND,
                    RequestThrottle.VERIFICATION_RESENDS, account.get().email(), now);
            if (throttled.isPresent()) {
                return Outcome.rejected(throttled.get());
            }
            mail.verificationLink(account.get(), MessageKind.EMAIL_VERIFICATION, now);
            return Outcome.accepted(now.plus(TokenPurpose.EMAIL_VERIFICATION.lifetime()));
        });
    }
}
