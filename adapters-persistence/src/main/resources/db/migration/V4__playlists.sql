-- Playlists: a viewer's own ordered lists of titles. The domain decides; these constraints make
-- sure two instances on one database cannot break the same rules: a name once per viewer
-- (ignoring case), a title once per playlist, positions 0 to 499 each taken once, so never more
-- than 500 titles in a playlist.

CREATE TABLE playlists (
    id          uuid        PRIMARY KEY,
    account_id  uuid        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name        text        NOT NULL,
    -- The name as uniqueness compares it, written by the adapter from the domain's
    -- PlaylistName.key() (NFC, lower case by Java's locale-neutral rules). Not lower(name): that
    -- follows the server's LC_CTYPE, which under the C locale leaves "É" as it is, so the
    -- domain and the database would disagree on "Été" and "été". Byte-wise collation: the listing's
    -- order and its cursor (name_key, id) > (..) agree on every server.
    name_key    text        COLLATE "C" NOT NULL,
    description text,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0,
    CONSTRAINT playlists_account_id_name_key_key UNIQUE (account_id, name_key),
    CONSTRAINT playlists_name_check CHECK (length(name) BETWEEN 1 AND 100),
    CONSTRAINT playlists_name_key_check CHECK (length(name_key) BETWEEN 1 AND 100),
    CONSTRAINT playlists_description_check CHECK (length(description) BETWEEN 1 AND 1000),
    CONSTRAINT playlists_version_check CHECK (version >= 0)
);

CREATE TABLE playlist_items (
    playlist_id uuid        NOT NULL REFERENCES playlists (id) ON DELETE CASCADE,
    -- No cascade: a title some playlist holds is archived by the catalog, not deleted.
    title_id    uuid        NOT NULL REFERENCES titles (id),
    position    integer     NOT NULL,
    added_at    timestamptz NOT NULL,
    PRIMARY KEY (playlist_id, title_id),
    -- Checked at commit, so one statement may shift every position after an insert or a move.
    CONSTRAINT playlist_items_position_key UNIQUE (playlist_id, position) DEFERRABLE INITIALLY DEFERRED,
    -- With the key above: at most 500 titles in a playlist, whoever writes.
    CONSTRAINT playlist_items_position_check CHECK (position BETWEEN 0 AND 499)
);

-- The catalog asks whether a title is still in a playlist before deleting it.
CREATE INDEX playlist_items_title_id_idx ON playlist_items (title_id);
