package app.marquee.application.notification;

import app.marquee.domain.notification.RetryPolicy;

import java.time.Duration;
import java.util.Objects;

/**
 * How the dispatcher works ({@code MARQUEE_NOTIFICATION_*}): {@code batchSize} messages claimed at
 * a time, each claim leased for {@code lease} (a crashed instance's messages are due again after it),
 * and {@code retry} deciding waits and the last attempt.
 */
public record NotificationSettings(int batchSize, Duration lease, RetryPolicy retry) {
    public NotificationSettings {
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(retry, "retry");
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("a batch is 1 to 1000 messages");
        }
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("a claim lasts some time");
        }
    }
}
