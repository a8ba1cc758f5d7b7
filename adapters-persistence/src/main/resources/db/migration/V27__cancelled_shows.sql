-- The refund dispatcher's first question each round: which cancelled shows, starting recently or
-- later, still have a PAID order (one ticketed while the cancellation committed). Cancelled shows
-- are few; this keeps the question to them.
CREATE INDEX shows_cancelled_idx ON shows (starts_at, id) WHERE lifecycle = 'CANCELLED';
