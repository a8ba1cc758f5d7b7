package app.marquee.adapter.notification.sms;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * A Twilio-style SMS gateway: its base URL (Twilio's {@code https://api.twilio.com}, or a test
 * server), the account SID and auth token (HTTP basic authentication), the sender (a number or an
 * alphanumeric sender id) and the timeout. The token never appears in {@link #toString()}.
 */
public record SmsSettings(URI baseUrl, String accountSid, String authToken, String from, Duration timeout) {
    public static final URI TWILIO = URI.create("https://api.twilio.com");

    public SmsSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"https".equals(baseUrl.getScheme()) && !"http".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("the SMS base URL is http(s)");
        }
        if (accountSid == null || !accountSid.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("the SMS account SID is letters and digits");
        }
        if (authToken == null || authToken.isBlank()) {
            throw new IllegalArgumentException("an SMS auth token is required");
        }
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("an SMS sender is required");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a positive timeout is required");
        }
    }

    /** Where messages are posted: {@code <base>/2010-04-01/Accounts/<sid>/Messages.json}. */
    URI messagesUri() {
        String base = baseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/2010-04-01/Accounts/" + accountSid + "/Messages.json");
    }

    @Override
    public String toString() {
        return "SmsSettings[" + baseUrl + ", account " + accountSid + ", token (redacted), from " + from + "]";
    }
}
