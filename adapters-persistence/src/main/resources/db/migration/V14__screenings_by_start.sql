-- The screenings list reads a day's screenings (or those not over yet) by their start instead of
-- computing every screening's local date.
CREATE INDEX shows_screenings_start_idx ON shows (starts_at) WHERE kind = 'SCREENING' AND lifecycle <> 'CANCELLED';
