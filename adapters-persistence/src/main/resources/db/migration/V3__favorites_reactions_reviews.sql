-- The viewer's library, part one: favorites, likes and dislikes, reviews and their moderation.
-- The domain decides; these keys make sure two instances on one database cannot break the same
-- rules (one favorite, one reaction and one review per viewer and title). Foreign keys to titles
-- do not cascade: a title something here points at is archived, never deleted (see
-- TitleReferencesRepository), and a title missed there still cannot be deleted under them.

CREATE TABLE favorites (
    account_id uuid        NOT NULL REFERENCES accounts (id),
    title_id   uuid        NOT NULL REFERENCES titles (id),
    added_at   timestamptz NOT NULL,
    PRIMARY KEY (account_id, title_id)
);

-- "Who else favored this title" (recommendations), and whether a title is favored at all.
CREATE INDEX favorites_title_id_idx ON favorites (title_id, account_id);
-- A viewer's favorites newest first, page by page, without a sort.
CREATE INDEX favorites_account_added_idx ON favorites (account_id, added_at DESC, title_id DESC);

CREATE TABLE title_reactions (
    account_id uuid        NOT NULL REFERENCES accounts (id),
    title_id   uuid        NOT NULL REFERENCES titles (id),
    reaction   text        NOT NULL,
    reacted_at timestamptz NOT NULL,
    PRIMARY KEY (account_id, title_id),
    CONSTRAINT title_reactions_reaction_check CHECK (reaction IN ('LIKE', 'DISLIKE'))
);

-- A title's likes and dislikes are counted from this index alone.
CREATE INDEX title_reactions_title_id_idx ON title_reactions (title_id, reaction);

CREATE TABLE reviews (
    id                uuid        PRIMARY KEY,
    title_id          uuid        NOT NULL REFERENCES titles (id),
    account_id        uuid        NOT NULL REFERENCES accounts (id),
    rating            smallint    NOT NULL,
    -- Trimmed by the domain; char_length counts code points, as the domain does.
    comment           text,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    -- The last moderation decision: hidden or shown again, by whom, when, why.
    hidden            boolean     NOT NULL DEFAULT false,
    moderated_by      uuid        REFERENCES accounts (id),
    moderated_at      timestamptz,
    moderation_reason text,
    version           bigint      NOT NULL DEFAULT 0,
    CONSTRAINT reviews_account_title_key UNIQUE (account_id, title_id),
    CONSTRAINT reviews_rating_check CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT reviews_comment_check CHECK (comment IS NULL OR char_length(comment) BETWEEN 1 AND 2000),
    CONSTRAINT reviews_moderation_check CHECK ((moderated_by IS NULL) = (moderated_at IS NULL)
        AND (moderated_by IS NOT NULL OR (NOT hidden AND moderation_reason IS NULL))),
    CONSTRAINT reviews_reason_check CHECK (moderation_reason IS NULL OR char_length(moderation_reason) BETWEEN 1 AND 500),
    CONSTRAINT reviews_version_check CHECK (version >= 0)
);

-- A title's reviews newest first (hidden ones filtered on the way), page by page.
CREATE INDEX reviews_title_created_idx ON reviews (title_id, created_at DESC, id DESC);
-- A title's visible reviews counted and averaged from this index alone: hidden ones are not in it.
CREATE INDEX reviews_title_visible_rating_idx ON reviews (title_id) INCLUDE (rating) WHERE NOT hidden;
-- A viewer's own reviews newest first.
CREATE INDEX reviews_account_created_idx ON reviews (account_id, created_at DESC, id DESC);
