package app.marquee.adapter.notification;

import app.marquee.domain.notification.DeliveryResult;
import app.marquee.domain.notification.RenderedMessage;

/**
 * One provider of one channel (an SMTP server, an SMS gateway, the console). Its library's types and
 * errors stay inside it: it answers delivered, or failed with whether a retry could help.
 */
public interface MessageChannel {
    DeliveryResult deliver(String recipient, RenderedMessage message);

    /** What the start-up log says of it (host and port, never a password). */
    String describe();
}
