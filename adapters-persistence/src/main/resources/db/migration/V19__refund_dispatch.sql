-- Refunds are sent by a dispatcher on every instance: each PENDING refund is due at next_try_at
-- (at once when recorded; a lease while an instance is asking the provider; a backoff after a
-- retryable failure, counted in failures). Claims are SELECT ... FOR UPDATE SKIP LOCKED on the
-- due index, so two instances never take the same refund at the same moment.
ALTER TABLE refunds
    ADD COLUMN failures    integer     NOT NULL DEFAULT 0,
    ADD COLUMN next_try_at timestamptz NOT NULL DEFAULT now(),
    ADD CONSTRAINT refunds_failures_check CHECK (failures >= 0);

DROP INDEX refunds_pending_idx;
CREATE INDEX refunds_due_idx ON refunds (next_try_at) WHERE state = 'PENDING';
-- An order's refunds (a buyer's cancellation, an organiser's).
CREATE INDEX refunds_order_idx ON refunds (order_id) WHERE order_id IS NOT NULL;

-- Finished Idempotency-Keys are purged once older than the retention (48 hours by default).
CREATE INDEX idempotency_keys_done_idx ON idempotency_keys (updated_at) WHERE state = 'DONE';
