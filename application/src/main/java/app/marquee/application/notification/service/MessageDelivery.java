package app.marquee.application.notification.service;

import app.marquee.application.notification.ClaimedMessage;
import app.marquee.application.notification.NotificationSettings;
import app.marquee.application.notification.port.out.OutboxDeliveryPort;
import app.marquee.application.notification.port.out.RenderMessagePort;
import app.marquee.application.notification.port.out.SendNotificationPort;
import app.marquee.domain.notification.DeliveryResult;
import app.marquee.domain.notification.RenderedMessage;
import app.marquee.domain.notification.RetryPolicy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * One claimed message: rendered, handed to its channel, and its outcome recorded under the claim.
 * A message that cannot be rendered is DEAD at once (no retry would change it); a channel that
 * throws instead of answering is treated as a failure worth retrying. The {@link RetryPolicy}
 * decides between a retry (with jitter) and DEAD.
 */
@Singleton
public class MessageDelivery {
    private final RenderMessagePort renderer;
    private final SendNotificationPort channels;
    private final OutboxDeliveryPort outbox;
    private final RetryPolicy retry;
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
        this.clock = clock;
        this.jitter = jitter;
    }

    public void deliver(ClaimedMessage claimed) {
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
