package app.marquee.application.sales.waitlist.port.in;

import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.sales.waitlist.WaitingEntryView;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.sales.show.TierId;
import app.marquee.domain.shared.Outcome;

import java.util.Objects;

/**
 * A signed-in buyer joins a show's waiting list for places at a tier, only while nothing of that
 * tier can be bought (what came back is kept for those already waiting). Refused with
 * SHOW_NOT_FOUND for a show they may not see, the show's own codes (cancelled, past, not on sale,
 * window closed), TIER_NOT_FOUND, SHOW_NOT_SOLD_OUT, ALREADY_ON_WAITING_LIST (also when a second
 * request of theirs wins the race), PER_ORDER_LIMIT_EXCEEDED.
 */
public interface JoinWaitingListUseCase {
    Outcome<WaitingEntryView> join(Command command);

    /** {@code entrantEmailVerified} as the caller check found it: EMAIL_NOT_VERIFIED first when the rule asks for it. */
    record Command(ShowId show, Reader entrant, TierId tier, int places, boolean entrantEmailVerified) {
        /** An entrant whose e-mail is verified. */
        public Command(ShowId show, Reader entrant, TierId tier, int places) {
            this(show, entrant, tier, places, true);
        }

        public Command {
            Objects.requireNonNull(show, "show");
            Objects.requireNonNull(entrant, "entrant");
            Objects.requireNonNull(tier, "tier");
            if (entrant.account().isEmpty()) {
                throw new IllegalArgumentException("an entrant is signed in");
            }
            if (places < 1) {
                throw new IllegalArgumentException("one place at least");
            }
        }
    }
}
