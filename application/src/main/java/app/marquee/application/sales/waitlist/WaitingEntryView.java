package app.marquee.application.sales.waitlist;

import app.marquee.domain.sales.hold.Hold;
import app.marquee.domain.sales.waitlist.WaitingEntry;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** Someone's entry on a show's waiting list: where they stand while they wait, and their offer's hold once offered. */
public record WaitingEntryView(WaitingEntry entry, OptionalInt position, Optional<Hold> offer) {
    public WaitingEntryView {
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(offer, "offer");
    }
}
