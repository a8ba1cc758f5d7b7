package app.marquee.application.sales.order.fakes;

import app.marquee.application.sales.order.port.out.OrderRequestKeysPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.OrderRequestKey;
import app.marquee.domain.sales.order.RecordedRefusal;
import app.marquee.domain.sales.order.RequestFingerprint;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Idempotency-Keys as a table keyed by caller and key. */
public final class InMemoryRequestKeys implements OrderRequestKeysPort {
    private record Id(AccountId caller, IdempotencyKey key) {
    }

    private final Map<Id, OrderRequestKey> rows = new LinkedHashMap<>();

    @Override
    public Optional<OrderRequestKey> find(AccountId caller, IdempotencyKey key) {
        return Optional.ofNullable(rows.get(new Id(caller, key)));
    }

    /** A request under this key that started at {@code at} and never finished (its instance died). */
    public void abandoned(AccountId caller, IdempotencyKey key, RequestFingerprint fingerprint, Instant at) {
        rows.put(new Id(caller, key), new OrderRequestKey(caller, key, fingerprint, OrderRequestKey.State.IN_PROGRESS,
                Optional.empty(), Optional.empty(), at));
    }

    @Override
    public Optional<OrderRequestKey> claim(AccountId caller, IdempotencyKey key, RequestFingerprint fingerprint,
                                           Instant now) {
        OrderRequestKey known = rows.get(new Id(caller, key));
        if (known != null) {
            return Optional.of(known);
        }
        abandoned(caller, key, fingerprint, now);
        return Optional.empty();
    }

    @Override
    public boolean takeOver(AccountId caller, IdempotencyKey key, Instant seenUpdatedAt, Instant now) {
        OrderRequestKey known = rows.get(new Id(caller, key));
        if (known == null || known.state() != OrderRequestKey.State.IN_PROGRESS || !known.updatedAt().equals(seenUpdatedAt)) {
            return false;
        }
        abandoned(caller, key, known.fingerprint(), now);
        return true;
    }

    @Override
    public void release(AccountId caller, IdempotencyKey key, Instant claimed) {
        if (mine(caller, key, claimed)) {
            abandoned(caller, key, rows.get(new Id(caller, key)).fingerprint(),
                    claimed.minus(OrderRequestKey.STALE_AFTER).minusSeconds(1));
        }
    }

    private boolean mine(AccountId caller, IdempotencyKey key, Instant claimed) {
        OrderRequestKey row = rows.get(new Id(caller, key));
        return row != null && row.state() == OrderRequestKey.State.IN_PROGRESS && row.updatedAt().equals(claimed);
    }

    @Override
    public void fulfil(AccountId caller, IdempotencyKey key, Instant claimed, OrderId order, Instant now) {
        done(caller, key, claimed, Optional.of(order), Optional.empty(), now);
    }

    @Override
    public void refuse(AccountId caller, IdempotencyKey key, Instant claimed, RecordedRefusal refusal, Instant now) {
        done(caller, key, claimed, Optional.empty(), Optional.of(refusal), now);
    }

    private void done(AccountId caller, IdempotencyKey key, Instant claimed, Optional<OrderId> order,
                      Optional<RecordedRefusal> refusal, Instant now) {
        if (!mine(caller, key, claimed)) {
            return;
        }
        OrderRequestKey row = rows.get(new Id(caller, key));
        rows.put(new Id(caller, key), new OrderRequestKey(caller, key, row.fingerprint(), OrderRequestKey.State.DONE,
                order, refusal, now));
    }

    @Override
    public int purgeDoneBefore(Instant before) {
        int kept = rows.size();
        rows.values().removeIf(row -> row.state() == OrderRequestKey.State.DONE && row.updatedAt().isBefore(before));
        return kept - rows.size();
    }

    @Override
    public int purgeAbandonedBefore(Instant before) {
        int kept = rows.size();
        rows.values().removeIf(row -> row.state() == OrderRequestKey.State.IN_PROGRESS
                && row.updatedAt().isBefore(before));
        return kept - rows.size();
    }

    public int size() {
        return rows.size();
    }
}
