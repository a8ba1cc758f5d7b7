-- A playlist name is at most 100 characters, but its comparison key (lower-cased) can be longer:
-- "İ" lower-cases to "i" and a combining dot. The key's own limit refused such valid names with
-- a failed statement; the name keeps its limit, the key only has to be there.
ALTER TABLE playlists DROP CONSTRAINT playlists_name_key_check;
ALTER TABLE playlists ADD CONSTRAINT playlists_name_key_check CHECK (length(name_key) BETWEEN 1 AND 400);
