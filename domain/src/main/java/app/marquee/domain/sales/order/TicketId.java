package app.marquee.domain.sales.order;

import java.util.Objects;
import java.util.UUID;

public record TicketId(UUID value) {
    public TicketId {
        Objects.requireNonNull(value, "ticket id");
    }

    public static TicketId newId() {
        return new TicketId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
