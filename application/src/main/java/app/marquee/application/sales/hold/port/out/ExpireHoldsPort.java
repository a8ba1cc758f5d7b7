package app.marquee.application.sales.hold.port.out;

import app.marquee.domain.sales.show.ShowId;

import java.time.Instant;

/**
 * Lapses ACTIVE holds whose time is up ({@code expires_at <= now}): marked EXPIRED with
 * {@code ended_at = now}, their seat claims deleted and their area places given back. An expired
 * hold blocks no one even before it is lapsed (every read leaves it out); lapsing tidies the store.
 */
public interface ExpireHoldsPort {

    /**
     * The show's due holds, before a buyer's places are counted, in a transaction of their own
     * (called outside the placement's, so that no stock row is held while the placement waits for a
     * hold's or a promo code's row); waits for a hold another transaction has locked, then skips it if
     * that one ended it.
     *
     * @return how many holds were lapsed
     */
    int lapseDueOf(ShowId show, Instant now);

    /**
     * Whether {@link #lapseDueOf} would find a due hold of the show, read without a lock and without
     * a transaction of its own: a placement runs the lapsing transaction only when there is something to lapse.
     */
    boolean anyDueOf(ShowId show, Instant now);

    /**
     * Up to {@code max} due holds of any show, in one transaction; holds another instance is
     * lapsing at the same moment are skipped ({@code FOR UPDATE SKIP LOCKED}), so instances share the work.
     *
     * @return how many holds were lapsed (fewer than {@code max}: none is left for now)
     */
    int expireDue(Instant now, int max);
}
