package app.marquee.application.sales.order;

import app.marquee.application.shared.StorableInstants;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page of a holder's tickets (latest show first, then by number) ended: the show's start
 * and the ticket's number, unique across shows as every number comes from one sequence.
 */
public record TicketCursor(Instant showStartsAt, long number) {
    public TicketCursor {
        Objects.requireNonNull(showStartsAt, "showStartsAt");
    }

    public String write() {
        return number + "@" + showStartsAt;
    }

    public static Optional<TicketCursor> read(String text) {
        int at = text.indexOf('@');
        if (at < 1 || at > 19) {
            return Optional.empty();
        }
        try {
            String digits = text.substring(0, at);
            if (!digits.matches("[1-9][0-9]*")) {
                return Optional.empty();
            }
            return Optional.of(new TicketCursor(Instant.parse(text.substring(at + 1)), Long.parseLong(digits)))
                    .filter(cursor -> StorableInstants.storable(cursor.showStartsAt()));
        } catch (NumberFormatException | DateTimeParseException notACursor) {
            return Optional.empty();
        }
    }
}
