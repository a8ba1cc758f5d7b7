package app.marquee.domain.notification;

import java.util.Objects;

/**
 * What a channel said of one message: taken for delivery, or refused. A refusal says whether trying
 * again could help (the server is down, busy, timed out) or not (the address does not exist, the
 * number is invalid); the reason is for operators and never holds the message's secrets.
 */
public sealed interface DeliveryResult permits DeliveryResult.Delivered, DeliveryResult.Failed {

    static DeliveryResult delivered() {
        return new Delivered();
    }

    static DeliveryResult retryable(String reason) {
        return new Failed(reason, true);
    }

    static DeliveryResult permanent(String reason) {
        return new Failed(reason, false);
    }

    record Delivered() implements DeliveryResult {
    }

    record Failed(String reason, boolean retryable) implements DeliveryResult {
        private static final int MAX_REASON = 500;

        public Failed {
            Objects.requireNonNull(reason, "reason");
            reason = reason.isBlank() ? "unknown failure" : reason.strip();
            if (reason.length() > MAX_REASON) {
                reason = reason.substring(0, MAX_REASON);
            }
        }
    }
}
