package app.marquee.adapter.notification.console;

import app.marquee.adapter.notification.MessageChannel;
import app.marquee.domain.notification.DeliveryResult;
import app.marquee.domain.notification.RenderedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For development only: "delivers" a message by logging it whole (links and tokens included), so
 * a developer can follow a verification link without a mail server. The default when no SMTP host
 * or SMS gateway is configured; never use it in production.
 */
public class ConsoleChannel implements MessageChannel {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleChannel.class);
    private final String channel;

    public ConsoleChannel(String channel) {
        this.channel = channel;
    }

    @Override
    public DeliveryResult deliver(String recipient, RenderedMessage message) {
        LOG.info("{} to {} (console, development only){}\n{}", channel, recipient,
                message.subject().map(subject -> ": " + subject).orElse(""), message.text());
        return DeliveryResult.delivered();
    }

    @Override
    public String describe() {
        return "console (development only: messages are logged, not sent)";
    }
}
