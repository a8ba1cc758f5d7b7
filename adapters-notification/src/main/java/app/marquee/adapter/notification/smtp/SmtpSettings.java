package app.marquee.adapter.notification.smtp;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the mail server: host and port; {@code tls} for a connection encrypted from the start
 * (SMTPS, usually port 465) or {@code startTls} to upgrade a plain one (usually 587, required then);
 * a user and password when the server asks for them; the sender's address; one timeout for
 * connecting, reading and writing. The password never appears in {@link #toString()}.
 */
public record SmtpSettings(String host, int port, boolean startTls, boolean tls, Optional<String> user,
                           Optional<String> password, String from, Duration timeout) {
    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("an SMTP host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the SMTP port lies in 1..65535");
        }
        if (startTls && tls) {
            throw new IllegalArgumentException("STARTTLS and TLS exclude each other: pick one");
        }
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("a sender address is required");
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("a positive timeout is required");
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + (tls ? ", TLS" : startTls ? ", STARTTLS" : "")
                + user.map(name -> ", user " + name).orElse("") + (password.isPresent() ? ", password (redacted)" : "")
                + ", from " + from + "]";
    }
}
