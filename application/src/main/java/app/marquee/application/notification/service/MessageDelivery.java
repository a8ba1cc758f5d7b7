package app.marquee.application.notification.service;

import app.marquee.application.notification.ClaimedMessage;
import app.marquee.application.notification.NotificationSettings;
import app.marquee.application.notification.port.out.OutboxDeliveryPort;
import app.marquee.application.notification.port.out.RenderMessagePort;
import app.marquee.application.notification.port.out.SendNotificationPort;
import app.marquee.domain.notification.DeliveryResult;
import app.marquee.domain.notification.MessageExpiry;
import app.marquee.domain.notification.RenderedMessage;
import app.marquee.domain.notification.RetryPolicy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * One claimed message: rendered, handed to its channel, and its outcome recorded under the claim.
 * Just before it is sent its lease is renewed under the claim, so a batch that outlasts its first
 * lease never sends a message another instance has claimed since (that message is skipped). A
 * message whose link or offer ran out ({@link MessageExpiry}) is DEAD at once, its secrets wiped;
 * so is one that cannot be rendered (no retry would change it). A channel that throws instead of
 * answering is treated as a failure worth retrying. The {@link RetryPolicy} decides between a retry
 * (with jitter) and DEAD.
 */
@Singleton
public class MessageDelivery {
    static final String EXPIRED = "link expired";
    private final RenderMessagePort renderer;
    private final SendNotificationPort channels;
    private final OutboxDeliveryPort outbox;
    private final RetryPolicy retry;
    private final Duration lease;
    private final Clock clock;
    private final DoubleSupplier jitter;

    @Inject
    public MessageDelivery(RenderMessagePort renderer, SendNotificationPort channels, OutboxDeliveryPort outbox,
                           NotificationSettings settings, Clock clock) {
        this(renderer, channels, outbox, settings, clock, () -> ThreadLocalRandom.current().nextDouble());
    }

    public MessageDelivery(RenderMessagePort renderer, SendNotificationPort channels, OutboxDeliveryPort outbox,
                           NotificationSettings settings, Clock clock, DoubleSupplier jitter) {
        this.renderer = renderer;
        this.channels = channels;
        this.outbox = outbox;
        this.retry = settings.retry();
        this.lease = settings.lease();
        this.clock = clock;
        this.jitter = jitter;
    }

    public void deliver(ClaimedMessage claimed) {
        Instant now = clock.instant();
        if (MessageExpiry.isOver(claimed.message().data().values(), now)) {
            outbox.expired(claimed, EXPIRED + " (" + MessageExpiry.of(claimed.message().data().values())
                    .orElseThrow() + ")", now);
            return;
        }
        if (!outbox.renew(claimed, now.plus(lease))) {
            return;
        }
        RenderedMessage rendered;
        try {
            rendered = renderer.render(claimed.message());
        } catch (RuntimeException unrenderable) {
            record(claimed, DeliveryResult.permanent("not rendered: " + unrenderable.getMessage()));
            return;
        }
        DeliveryResult result;
        try {
            result = channels.send(claimed.message().channel(), claimed.message().recipient(), rendered);
        } catch (RuntimeException broken) {
            result = DeliveryResult.retryable(broken.toString());
        }
        record(claimed, result);
    }

    private void record(ClaimedMessage claimed, DeliveryResult result) {
        Instant now = clock.instant();
        if (result instanceof DeliveryResult.Failed failed) {
            RetryPolicy.NextStep next = retry.afterFailure(claimed.attempts() + 1, failed.retryable(), now,
                    jitter.getAsDouble());
            if (next instanceof RetryPolicy.TryAgainAt again) {
                outbox.retryLater(claimed, failed.reason(), again.at(), now);
            } else {
                outbox.dead(claimed, failed.reason(), now);
            }
            return;
        }
        outbox.sent(claimed, now);
    }
}
