package app.marquee.domain.library.review;

import app.marquee.domain.identity.account.AccountId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** The last moderation decision on a review: hidden or shown again, by whom, when and why. */
public record Moderation(boolean hidden, AccountId moderator, Instant at, Optional<ModerationReason> reason) {
    public Moderation {
        Objects.requireNonNull(moderator, "moderator");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
