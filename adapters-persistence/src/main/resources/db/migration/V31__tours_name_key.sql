-- Tours are listed by name a page at a time, and the cursor carries the last name as the application
-- lower-cases it (Locale.ROOT), as for venues and events. Ordering by PostgreSQL's lower(name) could
-- disagree with that key (Java lower-cases a final capital sigma to ς, PostgreSQL to σ; under a C or
-- POSIX locale PostgreSQL folds ASCII letters only), so a tour could come back twice or be skipped
-- across pages. The key is now stored as the application lower-cases it, and ordered byte-wise so
-- order and cursor agree on every server.
-- Tours written before this migration get PostgreSQL's lower(name) here, which is the application's
-- key for every name under a UTF-8 locale except those with a final sigma or a dotted capital I, and
-- for ASCII names under any locale; a tour whose backfilled key differs can repeat across pages until
-- it is written again (tours are not renamed yet). Marquee had no release before this migration.
ALTER TABLE tours ADD COLUMN name_key text COLLATE "C";
UPDATE tours SET name_key = lower(name);
ALTER TABLE tours ALTER COLUMN name_key SET NOT NULL;
CREATE INDEX tours_name_key_idx ON tours (name_key, id);
-- An organiser's own tours, by name: the list they page through.
CREATE INDEX tours_owner_name_key_idx ON tours (owner_id, name_key, id);
