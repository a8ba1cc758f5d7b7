package app.marquee.domain.sales.hold;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.Money;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.inventory.Claim;
import app.marquee.domain.sales.show.ShowId;
import app.marquee.domain.shared.Outcome;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Places of one show kept for one buyer for a short time (ten minutes by default) while they pay.
 * A hold is live while ACTIVE and before {@code expiresAt}; only a live hold claims places, so an
 * expired one never blocks another buyer even before it is marked EXPIRED. A buyer has at most one
 * ACTIVE hold per show (a unique {@code (show_id, buyer_id) WHERE state = 'ACTIVE'} in the store);
 * {@link HoldPlacement} releases the previous one. Paying converts it, once:
 * {@code UPDATE holds SET state = 'CONVERTED' WHERE id = ? AND state = 'ACTIVE' AND expires_at > now}.
 */
public final class Hold {
    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(10);

    private final HoldId id;
    private final ShowId show;
    private final AccountId buyer;
    private final HoldKind kind;
    private final List<HoldItem> items;
    private Optional<AppliedPromo> promo;
    private final Instant createdAt;
    private final Instant expiresAt;
    private HoldState state;

    private Hold(HoldId id, ShowId show, AccountId buyer, HoldKind kind, List<HoldItem> items,
                 Optional<AppliedPromo> promo, Instant createdAt, Instant expiresAt, HoldState state) {
        this.id = Objects.requireNonNull(id);
        this.show = Objects.requireNonNull(show);
        this.buyer = Objects.requireNonNull(buyer);
        this.kind = Objects.requireNonNull(kind);
        this.items = List.copyOf(items);
        this.promo = Objects.requireNonNull(promo);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.state = Objects.requireNonNull(state);
        if (this.items.isEmpty()) {
            throw new IllegalArgumentException("a hold keeps one place at least");
        }
        if (!createdAt.isBefore(expiresAt)) {
            throw new IllegalArgumentException("a hold expires after it is placed");
        }
        if (this.items.stream().map(i -> i.unitPrice().currency()).distinct().count() != 1) {
            throw new IllegalArgumentException("a hold is priced in one currency");
        }
    }

    /** A buyer's hold; placed through {@link HoldPlacement}, which checks it against the show. */
    static Hold purchase(AccountId buyer, ShowId show, List<HoldItem> items, Instant now, Duration duration) {
        return new Hold(HoldId.newId(), show, buyer, HoldKind.PURCHASE, items, Optional.empty(), now,
                now.plus(duration), HoldState.ACTIVE);
    }

    /**
     * Places reserved for the next on a waiting list until {@code expiresAt} (the offer's end):
     * the entrant converts it into an order like any hold, or it lapses and passes on.
     */
    public static Hold offer(AccountId entrant, ShowId show, List<HoldItem> items, Instant now, Instant expiresAt) {
        return new Hold(HoldId.newId(), show, entrant, HoldKind.OFFER, items, Optional.empty(), now, expiresAt,
                HoldState.ACTIVE);
    }

    /** For the persistence adapter only. */
    public static Hold rehydrate(HoldId id, ShowId show, AccountId buyer, HoldKind kind, List<HoldItem> items,
                                 Optional<AppliedPromo> promo, Instant createdAt, Instant expiresAt, HoldState state) {
        return new Hold(id, show, buyer, kind, items, promo, createdAt, expiresAt, state);
    }

    /** ACTIVE and not yet expired: the only holds that keep places from others. */
    public boolean isLiveAt(Instant now) {
        return state == HoldState.ACTIVE && now.isBefore(expiresAt);
    }

    /** The places this hold keeps from others now: none unless it is live. */
    public List<Claim> claimsAt(Instant now) {
        return isLiveAt(now) ? items.stream().map(i -> i.claim(Claim.Standing.HELD)).toList() : List.of();
    }

    /**
     * The buyer pays with this hold: refused as HOLD_NOT_FOUND for anyone else (never reveal another
     * buyer's hold), HOLD_EXPIRED once its time is up (marked or not), HOLD_NOT_ACTIVE when already
     * converted or released. The caller turns the converted hold into an order.
     */
    public Outcome<Hold> convertFor(AccountId payer, Instant now) {
        if (!buyer.equals(payer)) {
            return Outcome.rejected(SalesRejection.HOLD_NOT_FOUND);
        }
        if (state == HoldState.EXPIRED || (state == HoldState.ACTIVE && !now.isBefore(expiresAt))) {
            return Outcome.rejected(SalesRejection.HOLD_EXPIRED);
        }
        if (state != HoldState.ACTIVE) {
            return Outcome.rejected(SalesRejection.HOLD_NOT_ACTIVE);
        }
        state = HoldState.CONVERTED;
        return Outcome.accepted(this);
    }

    /** The buyer gives the places back (or a new hold replaces this one). Only an ACTIVE hold can be released. */
    public Outcome<Hold> release() {
        if (state != HoldState.ACTIVE) {
            return Outcome.rejected(SalesRejection.HOLD_NOT_ACTIVE);
        }
        state = HoldState.RELEASED;
        return Outcome.accepted(this);
    }

    /**
     * The buyer gives the places back at {@code now}: HOLD_NOT_ACTIVE once converted, released, or
     * run out (whether or not the expiry job has marked it yet: its places are already free).
     */
    public Outcome<Hold> releaseAt(Instant now) {
        if (!isLiveAt(now)) {
            return Outcome.rejected(SalesRejection.HOLD_NOT_ACTIVE);
        }
        return release();
    }

    /** The expiry job marks a hold whose time is up. HOLD_NOT_ACTIVE if it ended otherwise already. */
    public Outcome<Hold> expire(Instant now) {
        if (state != HoldState.ACTIVE) {
            return Outcome.rejected(SalesRejection.HOLD_NOT_ACTIVE);
        }
        if (now.isBefore(expiresAt)) {
            throw new IllegalStateException("hold " + id + " runs until " + expiresAt);
        }
        state = HoldState.EXPIRED;
        return Outcome.accepted(this);
    }

    /** Puts a promo's discount on this hold, replacing any earlier one; decided by {@link HoldPlacement#applyPromo}. */
    void carry(AppliedPromo applied) {
        if (applied.discount().compareTo(subtotal()) > 0) {
            throw new IllegalArgumentException("a discount never exceeds the subtotal");
        }
        this.promo = Optional.of(applied);
    }

    /** The sum of the items at the prices shown. */
    public Money subtotal() {
        return items.stream().map(HoldItem::amount).reduce(Money::plus).orElseThrow();
    }

    /** What the buyer pays: the subtotal less the promo discount, never below zero. */
    public Money total() {
        return promo.map(p -> subtotal().minusAtMostAll(p.discount())).orElseGet(this::subtotal);
    }

    public int places() {
        return items.stream().mapToInt(HoldItem::quantity).sum();
    }

    public HoldId id() {
        return id;
    }

    public ShowId show() {
        return show;
    }

    public AccountId buyer() {
        return buyer;
    }

    public HoldKind kind() {
        return kind;
    }

    public List<HoldItem> items() {
        return items;
    }

    public Optional<AppliedPromo> promo() {
        return promo;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public HoldState state() {
        return state;
    }
}
