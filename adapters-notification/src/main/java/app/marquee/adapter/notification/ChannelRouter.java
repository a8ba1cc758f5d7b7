package app.marquee.adapter.notification;

import app.marquee.application.notification.port.out.SendNotificationPort;
import app.marquee.domain.notification.Channel;
import app.marquee.domain.notification.DeliveryResult;
import app.marquee.domain.notification.RenderedMessage;

import java.util.Objects;

/** Sends e-mails through the e-mail provider and SMS through the SMS provider that configuration chose. */
public class ChannelRouter implements SendNotificationPort {
    private final MessageChannel email;
    private final MessageChannel sms;

    public ChannelRouter(MessageChannel email, MessageChannel sms) {
        this.email = Objects.requireNonNull(email, "email");
        this.sms = Objects.requireNonNull(sms, "sms");
    }

    @Override
    public DeliveryResult send(Channel channel, String recipient, RenderedMessage message) {
        return (channel == Channel.EMAIL ? email : sms).deliver(recipient, message);
    }
}
