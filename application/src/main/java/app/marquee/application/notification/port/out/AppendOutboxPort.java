package app.marquee.application.notification.port.out;

import app.marquee.domain.notification.OutboundMessage;

import java.time.Instant;
import java.util.List;

/**
 * Records messages to send in the caller's transaction: they commit with the business change that
 * caused them (an order paid, a password reset asked for) or not at all, and a dispatcher delivers
 * them afterwards, retrying until the channel takes them. Appending never talks to a mail server.
 * {@code now} is when the change happened: the messages are due from then.
 */
public interface AppendOutboxPort {
    void append(List<OutboundMessage> messages, Instant now);
}
