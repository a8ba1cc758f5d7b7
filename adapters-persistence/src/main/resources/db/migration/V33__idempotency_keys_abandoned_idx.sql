-- A key left IN_PROGRESS (released after a 503 and never sent again, or left by a crashed instance)
-- is forgotten once older than the retention, as a DONE key is; this index finds them without
-- reading the DONE ones.
CREATE INDEX idempotency_keys_abandoned_idx ON idempotency_keys (updated_at) WHERE state = 'IN_PROGRESS';
