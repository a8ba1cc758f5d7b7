package app.marquee.application.notification.port.out;

import app.marquee.domain.notification.Channel;
import app.marquee.domain.notification.DeliveryResult;
import app.marquee.domain.notification.RenderedMessage;

/**
 * Hands a rendered message to the provider of its channel (a mail server, an SMS gateway, the
 * console). Never throws for the provider's failures: it answers whether trying again could help.
 */
public interface SendNotificationPort {
    DeliveryResult send(Channel channel, String recipient, RenderedMessage message);
}
