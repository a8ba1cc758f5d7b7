package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;

/**
 * Someone who forgot their password gives their e-mail. The answer is the same whether or not an
 * account uses it (only an active account is mailed a link, good once for 30 minutes), so nobody
 * learns who is registered; past three requests within an hour for one address, known or not,
 * TOO_MANY_REQUESTS with the time to wait. Answers when the request was taken.
 */
public interface RequestPasswordResetUseCase {
    Outcome<Instant> request(EmailAddress email);
}
