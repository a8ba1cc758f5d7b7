package app.marquee.domain.notification;

import java.util.Objects;
import java.util.Optional;

/**
 * A message as its recipient reads it: an e-mail has a subject, an HTML part and a plain-text part;
 * an SMS is its text alone.
 */
public record RenderedMessage(Optional<String> subject, Optional<String> html, String text) {

    public RenderedMessage {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(html, "html");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a message has text");
        }
    }

    public static RenderedMessage email(String subject, String html, String text) {
        if (subject == null || subject.isBlank() || html == null || html.isBlank()) {
            throw new IllegalArgumentException("an e-mail has a subject and an HTML part");
        }
        return new RenderedMessage(Optional.of(subject.strip()), Optional.of(html), text);
    }

    public static RenderedMessage sms(String text) {
        return new RenderedMessage(Optional.empty(), Optional.empty(), text == null ? null : text.strip());
    }
}
