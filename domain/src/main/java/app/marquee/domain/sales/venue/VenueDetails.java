package app.marquee.domain.sales.venue;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What an operator writes about a venue: its name (1 to 120 characters, trimmed), address, time
 * zone (shows are announced in the venue's local time), kind and equipment.
 */
public record VenueDetails(String name, Address address, ZoneId timeZone, VenueKind kind, Set<Equipment> equipment) {
    public static final int MAX_NAME_LENGTH = 120;

    public VenueDetails {
        name = Address.text(name, 1, MAX_NAME_LENGTH, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(equipment, "equipment");
        equipment = equipment.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(equipment));
    }
}
