package app.marquee.domain.sales.waitlist;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.sales.show.TierId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One person's place in a show's waiting line: how many places they want, at which tier, and where they stand. */
public record WaitingEntry(AccountId entrant, TierId tier, int places, Instant joinedAt, EntryState state,
                           Optional<Instant> offerExpiresAt) {
    public WaitingEntry {
        Objects.requireNonNull(entrant, "entrant");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(joinedAt, "joined at");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(offerExpiresAt, "offer expires at");
        if (places < 1) {
            throw new IllegalArgumentException("a waiting entrant wants one place at least");
        }
        if ((state == EntryState.OFFERED) != offerExpiresAt.isPresent()) {
            throw new IllegalArgumentException("an offered entry, and only it, has an offer end");
        }
    }

    static WaitingEntry join(AccountId entrant, TierId tier, int places, Instant now) {
        return new WaitingEntry(entrant, tier, places, now, EntryState.WAITING, Optional.empty());
    }

    WaitingEntry offered(Instant until) {
        return new WaitingEntry(entrant, tier, places, joinedAt, EntryState.OFFERED, Optional.of(until));
    }

    WaitingEntry becomes(EntryState next) {
        return new WaitingEntry(entrant, tier, places, joinedAt, next, Optional.empty());
    }

    boolean offerRanOutAt(Instant now) {
        return state == EntryState.OFFERED && !now.isBefore(offerExpiresAt.orElseThrow());
    }
}
