package app.marquee.bootstrap.notification;

import app.marquee.adapter.notification.ChannelRouter;
import app.marquee.adapter.notification.MessageChannel;
import app.marquee.adapter.notification.console.ConsoleChannel;
import app.marquee.adapter.notification.template.PebbleMessageRenderer;
import app.marquee.application.notification.NotificationSettings;
import app.marquee.application.notification.port.out.RenderMessagePort;
import app.marquee.application.notification.port.out.SendNotificationPort;
import app.marquee.domain.notification.RetryPolicy;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;

/**
 * Builds the notification side from {@code marquee.notification.*} (application.yml,
 * {@code MARQUEE_NOTIFICATION_*}): the dispatcher's settings, the templates, and the channels,
 * chosen while the application starts so that a configuration that cannot work stops it.
 */
@Factory
public class NotificationWiring {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationWiring.class);

    @Singleton
    NotificationSettings notificationSettings(@Value("${marquee.notification.batch-size:50}") int batchSize,
                                              @Value("${marquee.notification.lease:2m}") Duration lease,
                                              @Value("${marquee.notification.max-attempts:8}") int maxAttempts,
                                              @Value("${marquee.notification.base-backoff:30s}") Duration base,
                                              @Value("${marquee.notification.max-backoff:1h}") Duration cap) {
        try {
            return new NotificationSettings(batchSize, lease, new RetryPolicy(base, cap, maxAttempts));
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException("MARQUEE_NOTIFICATION_* settings: " + invalid.getMessage());
        }
    }

    @Singleton
    RenderMessagePort renderMessagePort() {
        return new PebbleMessageRenderer();
    }

    @Context
    Channels notificationChannels(NotificationChannelSettings settings) {
        Channels channels = Channels.from(settings);
        if (channels.email() instanceof ConsoleChannel || channels.sms() instanceof ConsoleChannel) {
            LOG.warn("Notifications: e-mail by {}; SMS by {}. The console channel logs whole messages, reset links,"
                    + " tokens and ticket codes included: never in production", channels.email().describe(),
                    channels.sms().describe());
        } else {
            LOG.info("Notifications: e-mail by {}; SMS by {}", channels.email().describe(), channels.sms().describe());
        }
        return channels;
    }

    @Singleton
    SendNotificationPort sendNotificationPort(Channels channels) {
        return new ChannelRouter(channels.email(), channels.sms());
    }

    /** The two providers configuration chose. */
    record Channels(MessageChannel email, MessageChannel sms) {
        static Channels from(NotificationChannelSettings settings) {
            return new Channels(settings.emailChannel(), settings.smsChannel());
        }
    }
}
