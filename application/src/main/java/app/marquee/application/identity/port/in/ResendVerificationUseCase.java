package app.marquee.application.identity.port.in;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;

/**
 * A signed-in owner asks for a new verification link (the old ones stop working). Answers when the
 * new link expires; EMAIL_ALREADY_VERIFIED once verified; TOO_MANY_REQUESTS (with the time to
 * wait) past three within an hour.
 */
public interface ResendVerificationUseCase {
    Outcome<Instant> resend(AccountId account);
}
