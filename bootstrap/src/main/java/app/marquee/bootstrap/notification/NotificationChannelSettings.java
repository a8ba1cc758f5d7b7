package app.marquee.bootstrap.notification;

import app.marquee.adapter.notification.MessageChannel;
import app.marquee.adapter.notification.console.ConsoleChannel;
import app.marquee.adapter.notification.sms.HttpSmsChannel;
import app.marquee.adapter.notification.sms.SmsSettings;
import app.marquee.adapter.notification.smtp.SmtpEmailChannel;
import app.marquee.adapter.notification.smtp.SmtpSettings;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The channels' configuration: an SMTP host makes e-mail go over SMTP, an SMS account SID makes SMS
 * go to the gateway; without them each channel is the console (development only). Secrets (the SMTP
 * password, the SMS token) are never logged.
 */
@Singleton
class NotificationChannelSettings {
    private final String smtpHost;
    private final int smtpPort;
    private final boolean startTls;
    private final boolean tls;
    private final String smtpUser;
    private final String smtpPassword;
    private final String from;
    private final Duration timeout;
    private final String smsBaseUrl;
    private final String smsAccountSid;
    private final String smsAuthToken;
    private final String smsFrom;

    NotificationChannelSettings(@Value("${marquee.notification.smtp.host:}") String smtpHost,
                                @Value("${marquee.notification.smtp.port:587}") int smtpPort,
                                @Value("${marquee.notification.smtp.starttls:false}") boolean startTls,
                                @Value("${marquee.notification.smtp.tls:false}") boolean tls,
                                @Value("${marquee.notification.smtp.user:}") String smtpUser,
                                @Value("${marquee.notification.smtp.password:}") String smtpPassword,
                                @Value("${marquee.notification.smtp.from:Marquee <no-reply@localhost>}") String from,
                                @Value("${marquee.notification.timeout:10s}") Duration timeout,
                                @Value("${marquee.notification.sms.base-url:}") String smsBaseUrl,
                                @Value("${marquee.notification.sms.account-sid:}") String smsAccountSid,
                                @Value("${marquee.notification.sms.auth-token:}") String smsAuthToken,
                                @Value("${marquee.notification.sms.from:}") String smsFrom) {
        this.smtpHost = smtpHost;
        this.smtpPort = smtpPort;
        this.startTls = startTls;
        this.tls = tls;
        this.smtpUser = smtpUser;
        this.smtpPassword = smtpPassword;
        this.from = from;
        this.timeout = timeout;
        this.smsBaseUrl = smsBaseUrl;
        this.smsAccountSid = smsAccountSid;
        this.smsAuthToken = smsAuthToken;
        this.smsFrom = smsFrom;
    }

    MessageChannel emailChannel() {
        if (smtpHost.isBlank()) {
            return new ConsoleChannel("E-mail");
        }
        try {
            return new SmtpEmailChannel(new SmtpSettings(smtpHost.strip(), smtpPort, startTls, tls, present(smtpUser),
                    present(smtpPassword), from, timeout));
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException("MARQUEE_NOTIFICATION_SMTP_* settings: " + invalid.getMessage());
        }
    }

    MessageChannel smsChannel() {
        if (smsAccountSid.isBlank()) {
            return new ConsoleChannel("SMS");
        }
        try {
            URI base = smsBaseUrl.isBlank() ? SmsSettings.TWILIO : URI.create(smsBaseUrl.strip());
            return new HttpSmsChannel(new SmsSettings(base, smsAccountSid.strip(), smsAuthToken, smsFrom, timeout));
        } catch (IllegalArgumentException invalid) {
            throw new ConfigurationException("MARQUEE_NOTIFICATION_SMS_* settings: " + invalid.getMessage());
        }
    }

    private static Optional<String> present(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
