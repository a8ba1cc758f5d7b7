package app.marquee.application.sales.order;

import app.marquee.application.shared.StorableInstants;
import app.marquee.domain.sales.order.OrderId;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Where a page of a buyer's orders (newest first) ended: the last order's time and id, as {@code <uuid>@<instant>}. */
public record OrderCursor(Instant placedAt, OrderId id) {

    public OrderCursor {
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(id, "id");
    }

    public String write() {
        return id + "@" + placedAt;
    }

    /** Empty when the text is not a cursor {@link #write} could have produced. */
    public static Optional<OrderCursor> read(String text) {
        int at = text.indexOf('@');
        if (at != 36) {
            return Optional.empty();
        }
        try {
            UUID id = UUID.fromString(text.substring(0, at));
            if (!id.toString().equals(text.substring(0, at))) {
                return Optional.empty();
            }
            return Optional.of(new OrderCursor(Instant.parse(text.substring(at + 1)), new OrderId(id)))
                    .filter(cursor -> StorableInstants.storable(cursor.placedAt()));
        } catch (IllegalArgumentException | DateTimeParseException notACursor) {
            return Optional.empty();
        }
    }

    /** An instant PostgreSQL's timestamptz holds (a forged cursor may name the year 300000). */
}
