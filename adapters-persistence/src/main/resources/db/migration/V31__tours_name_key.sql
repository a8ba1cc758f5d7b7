-- Tours are listed by name a page at a time, and the cursor carries the last name as the application
-- lower-cases it (Locale.ROOT), as for venues and events. Ordering by PostgreSQL's lower(name) could
-- disagree with that key (Java lower-cases a final capital sigma to ς, PostgreSQL to σ), so a tour
-- could come back twice or be skipped across pages. The key is now stored as the application
-- lower-cases it, and ordered byte-wise so order and cursor agree on every server. Tours written
-- before this migration get PostgreSQL's lower-casing, which matches the application's for every
-- name but those few letters.
ALTER TABLE tours ADD COLUMN name_key text COLLATE "C";
UPDATE tours SET name_key = lower(name);
ALTER TABLE tours ALTER COLUMN name_key SET NOT NULL;
CREATE INDEX tours_name_key_idx ON tours (name_key, id);
