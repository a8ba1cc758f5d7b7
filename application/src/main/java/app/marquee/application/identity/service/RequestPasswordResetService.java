package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.RequestPasswordResetUseCase;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.token.RequestThrottle;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * One transaction, the same steps for every address up to the last: the request is counted (known
 * address or not), the account looked up, and only an active one is mailed a link. No password is
 * hashed on either path, so the two take about the same time.
 */
@Singleton
public class RequestPasswordResetService implements RequestPasswordResetUseCase {
    private final LoadAccountPort accounts;
    private final MailRequestLimit limit;
    private final AccountMail mail;
    private final AllOrNothing allOrNothing;
    private final Clock clock;

    public RequestPasswordResetService(LoadAccountPort accounts, MailRequestLimit limit, AccountMail mail,
                                       AllOrNothing allOrNothing, Clock clock) {
        this.accounts = accounts;
        this.limit = limit;
        this.mail = mail;
        this.allOrNothing = allOrNothing;
        this.clock = clock;
    }

    @Override
    public Outcome<Instant> request(EmailAddress email) {
        Instant now = clock.instant();
        return allOrNothing.run(() -> {
            Optional<Rejection> throttled = limit.take(MailRequestLimit.PASSWORD_RESET, RequestThrottle.PASSWORD_RESETS,
                    email, now);
            if (throttled.isPresent()) {
                return Outcome.rejected(throttled.get());
            }
            accounts.byEmail(email).filter(account -> account.signInBlocker().isEmpty())
                    .ifPresent(account -> mail.passwordResetLink(account, now));
            return Outcome.accepted(now);
        });
    }

}
