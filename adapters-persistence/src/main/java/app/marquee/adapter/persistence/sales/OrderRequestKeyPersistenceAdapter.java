package app.marquee.adapter.persistence.sales;

import app.marquee.application.sales.order.port.out.OrderRequestKeysPort;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.payment.IdempotencyKey;
import app.marquee.domain.sales.order.OrderId;
import app.marquee.domain.sales.order.OrderRequestKey;
import app.marquee.domain.sales.order.RecordedRefusal;
import app.marquee.domain.sales.order.RequestFingerprint;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Optional;

/**
 * Idempotency-Keys in PostgreSQL. A claim is its own transaction, committed at once
 * ({@code INSERT ... ON CONFLICT DO NOTHING} on the key's primary key), so of several requests
 * racing with one key exactly one claims it and the others read it. A takeover is a conditional
 * UPDATE on the {@code updated_at} read, so two requests cannot both take over one stale key.
 */
@Singleton
public class OrderRequestKeyPersistenceAdapter implements OrderRequestKeysPort {
    private final OrderRequestKeyRepository keys;

    OrderRequestKeyPersistenceAdapter(OrderRequestKeyRepository keys) {
        this.keys = keys;
    }

    @Override
    @Transactional
    public Optional<OrderRequestKey> claim(AccountId caller, IdempotencyKey key, RequestFingerprint fingerprint,
                                           Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (keys.claim(caller.value(), key.value(), fingerprint.value(), now) == 1) {
                return Optional.empty();
            }
            Optional<OrderRequestKeyRow> known = keys.find(caller.value(), key.value());
            if (known.isPresent()) {
                return known.map(OrderRequestKeyPersistenceAdapter::toDomain);
            }
        }
        throw new IllegalStateException("an Idempotency-Key kept being released while claimed");
    }

    @Override
    public Optional<OrderRequestKey> find(AccountId caller, IdempotencyKey key) {
        return keys.find(caller.value(), key.value()).map(OrderRequestKeyPersistenceAdapter::toDomain);
    }

    @Override
    @Transactional
    public boolean takeOver(AccountId caller, IdempotencyKey key, Instant seenUpdatedAt, Instant now) {
        return keys.takeOver(caller.value(), key.value(), seenUpdatedAt, now) == 1;
    }

    @Override
    @Transactional
    public void release(AccountId caller, IdempotencyKey key, Instant claimed) {
        keys.release(caller.value(), key.value(), claimed, claimed.minus(OrderRequestKey.STALE_AFTER).minusSeconds(1));
    }

    @Override
    @Transactional
    public void fulfil(AccountId caller, IdempotencyKey key, Instant claimed, OrderId order, Instant now) {
        keys.done(caller.value(), key.value(), claimed, order.toString(), null, null, now);
    }

    @Override
    @Transactional
    public void refuse(AccountId caller, IdempotencyKey key, Instant claimed, RecordedRefusal refusal, Instant now) {
        keys.done(caller.value(), key.value(), claimed, null, refusal.code(), refusal.detail().orElse(null), now);
    }

    @Override
    @Transactional
    public int purgeDoneBefore(Instant before) {
        return keys.purgeDoneBefore(before);
    }

    @Override
    public int purgeAbandonedBefore(Instant before) {
        return keys.purgeAbandonedBefore(before);
    }

    private static OrderRequestKey toDomain(OrderRequestKeyRow row) {
        return new OrderRequestKey(new AccountId(row.accountId()), new IdempotencyKey(row.key()),
                new RequestFingerprint(row.fingerprint()), OrderRequestKey.State.valueOf(row.state()),
                Optional.ofNullable(row.orderId()).map(OrderId::new),
                Optional.ofNullable(row.rejectionCode()).map(code -> new RecordedRefusal(code,
                        Optional.ofNullable(row.rejectionDetail()))), row.updatedAt());
    }
}
