package app.marquee.adapter.notification.smtp;

import app.marquee.adapter.notification.MessageChannel;
import app.marquee.domain.notification.DeliveryResult;
import app.marquee.domain.notification.RenderedMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * E-mail over SMTP with Jakarta Mail (Eclipse Angus): a multipart/alternative message with a plain
 * text part and an HTML part, in UTF-8. The server's refusal is sorted by {@link SmtpFailures}: only
 * a recipient the server says does not exist is final; anything else (no connection, a timeout, a 4xx
 * reply, authentication, relaying or policy refusals) is retried.
 */
public class SmtpEmailChannel implements MessageChannel {
    private final SmtpSettings settings;
    private final Session session;

    public SmtpEmailChannel(SmtpSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    @Override
    public DeliveryResult deliver(String recipient, RenderedMessage message) {
        try {
            MimeMessage mail = compose(recipient, message);
            if (settings.user().isPresent()) {
                Transport.send(mail, settings.user().get(), settings.password().orElse(""));
            } else {
                Transport.send(mail);
            }
            return DeliveryResult.delivered();
        } catch (MessagingException failure) {
            return SmtpFailures.sort(failure);
        }
    }

    @Override
    public String describe() {
        return "SMTP " + settings;
    }

    private MimeMessage compose(String recipient, RenderedMessage message) throws MessagingException {
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress(settings.from()));
        mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient, true));
        mail.setSubject(message.subject().orElse("Marquee"), StandardCharsets.UTF_8.name());
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(text);
        if (message.html().isPresent()) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(message.html().get(), StandardCharsets.UTF_8.name(), "html");
            alternatives.addBodyPart(html);
        }
        mail.setContent(alternatives);
        mail.saveChanges();
        return mail;
    }

    /**
     * The session's settings. Whichever way TLS is reached (STARTTLS or SMTPS), the server's
     * certificate must name the host we asked for: without that check, anyone on the path could
     * present any valid certificate and read the reset links.
     */
    static Properties properties(SmtpSettings settings) {
        Properties properties = new Properties();
        String protocol = settings.tls() ? "smtps" : "smtp";
        properties.put("mail.transport.protocol", protocol);
        properties.put("mail." + protocol + ".host", settings.host());
        properties.put("mail." + protocol + ".port", Integer.toString(settings.port()));
        properties.put("mail." + protocol + ".auth", Boolean.toString(settings.user().isPresent()));
        String millis = Long.toString(settings.timeout().toMillis());
        properties.put("mail." + protocol + ".connectiontimeout", millis);
        properties.put("mail." + protocol + ".timeout", millis);
        properties.put("mail." + protocol + ".writetimeout", millis);
        if (settings.startTls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        if (settings.tls()) {
            properties.put("mail.smtps.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
