package app.marquee.application.sales.waitlist.port.out;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.hold.HoldId;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.waitlist.WaitingEntry;
import app.marquee.domain.sales.waitlist.WaitingList;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The waiting lists as stored: a line row per show, locked by whoever changes it (one writer per
 * show across instances), and its entries in join order. The store guarantees one open (WAITING or
 * OFFERED) entry per person per show with a partial unique index. Its lock comes before any hold's.
 */
public interface WaitingListsPort {

    /**
     * The show's line with its open entries, locked (waiting for another writer) until the transaction
     * ends; a show without a line gets one (a show that does not exist, an empty line).
     */
    WaitingList lockLine(ShowId show);

    /** As {@link #lockLine}, but empty at once when another transaction holds it ({@code SKIP LOCKED}). */
    Optional<WaitingList> lockLineUnlessBusy(ShowId show);

    /** The show's open entries in line order, unlocked. */
    WaitingList line(ShowId show);

    /** The entrant's latest entry on the show (open or closed), with its offer's hold if it had one. */
    Optional<StoredEntry> latestOf(ShowId show, AccountId entrant);

    /** Adds an entry; false when the entrant has an open entry already (a concurrent request won). */
    boolean add(ShowId show, WaitingEntry entry, Instant now);

    /** Stores the new state of the entrant's open entry, with its offer's hold once OFFERED. */
    void update(ShowId show, WaitingEntry entry, Optional<HoldId> offerHold, Instant now);

    /** Those with an open entry who hold places of the show now (an ACTIVE, unexpired hold). */
    Set<AccountId> entrantsHolding(ShowId show, Instant now);

    /** Shows still to come with someone WAITING or OFFERED, at most {@code max}. */
    List<ShowId> linesToServe(Instant now, int max);

    record StoredEntry(WaitingEntry entry, Optional<HoldId> offerHold) {
        public StoredEntry {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(offerHold, "offerHold");
        }
    }
}
