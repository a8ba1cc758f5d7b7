-- Catalog: genres, people, titles (films and series) with their genres and credits, seasons and
-- episodes, and what search needs. The domain decides; these constraints make sure two instances on
-- one database cannot break the same rules (a genre slug once, a season number once per series, an
-- episode number once per season, a film with a runtime and a series without, no delete of a
-- genre or a person still in use).

-- Both ship with PostgreSQL's contrib modules (and with the embedded server the tests use), and
-- both are trusted extensions: the database owner may create them without being superuser.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Text as search compares it: accents dropped, lower case ("Amélie" -> "amelie"). unaccent() is
-- only STABLE, because its dictionary could be changed; naming the dictionary and the schema makes
-- the result fixed, so this wrapper may be IMMUTABLE and serve generated columns and indexes.
-- (Being IMMUTABLE over a STABLE body, it is never inlined, so queries match the indexes on it.)
CREATE FUNCTION marquee_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN lower(public.unaccent('public.unaccent'::regdictionary, $1));

CREATE TABLE genres (
    id      uuid   PRIMARY KEY,
    slug    text   NOT NULL,
    name_en text   NOT NULL,
    name_fr text   NOT NULL,
    version bigint NOT NULL DEFAULT 0,
    CONSTRAINT genres_slug_key UNIQUE (slug),
    CONSTRAINT genres_slug_check CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 40),
    CONSTRAINT genres_name_en_check CHECK (length(name_en) BETWEEN 1 AND 80),
    CONSTRAINT genres_name_fr_check CHECK (length(name_fr) BETWEEN 1 AND 80),
    CONSTRAINT genres_version_check CHECK (version >= 0)
);

CREATE TABLE people (
    id          uuid   PRIMARY KEY,
    name        text   NOT NULL,
    -- Byte-wise collation: the listing's order and its cursor (name_folded, id) > (..) agree on
    -- every server, whatever its locale.
    name_folded text   COLLATE "C" GENERATED ALWAYS AS (marquee_fold(name)) STORED,
    version     bigint NOT NULL DEFAULT 0,
    CONSTRAINT people_name_check CHECK (length(name) BETWEEN 1 AND 200),
    CONSTRAINT people_version_check CHECK (version >= 0)
);

-- Finding people by a word anywhere in the name (LIKE '%word%' on the folded name) goes through
-- trigrams, not a scan; listing them in name order goes through the b-tree.
CREATE INDEX people_name_trgm_idx ON people USING gin (name_folded gin_trgm_ops);
CREATE INDEX people_name_folded_idx ON people (name_folded, id);

CREATE TABLE titles (
    id                 uuid        PRIMARY KEY,
    kind               text        NOT NULL,
    status             text        NOT NULL,
    name               text        NOT NULL,
    original_name      text,
    synopsis           text        NOT NULL DEFAULT '',
    release_year       integer     NOT NULL,
    runtime_minutes    integer,
    age_rating         text,
    trailer_url        text,
    audio_languages    text[]      NOT NULL DEFAULT '{}',
    subtitle_languages text[]      NOT NULL DEFAULT '{}',
    poster_blob_key    text,
    poster_media_type  text,
    poster_width       integer,
    poster_height      integer,
    poster_bytes       bigint,
    poster_sha256      text,
    backdrop_blob_key  text,
    backdrop_media_type text,
    backdrop_width     integer,
    backdrop_height    integer,
    backdrop_bytes     bigint,
    backdrop_sha256    text,
    -- The ids of the title's genres, sorted: a copy of its title_genres rows, written with them
    -- by the adapter, for search. Filtering by genre then intersects index bitmaps (words, genre,
    -- year) before any row is read, and the genre facet counts the rows it has already read
    -- instead of probing title_genres once per match.
    genre_ids          uuid[]      NOT NULL DEFAULT '{}',
    -- Filled later from favorites and likes; the POPULARITY sort reads it.
    popularity         bigint      NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint      NOT NULL DEFAULT 0,

    -- Both names' words, folded, for full-text search, with the 'simple' configuration on
    -- purpose: titles are English and French (and other languages) side by side, and a language's
    -- stop words and stemmer harm the others. 'english' drops "the", "it" and "a", 'french' drops
    -- "le", "la" and "de", so a title such as "It" or "La La Land" loses words or every word, and
    -- each stems the other's words wrongly; combining both configurations would drop the union
    -- of their stop words. 'simple' keeps every word, folded, and matches it as typed; a form no
    -- title has ("godfater", "destins", "fabul") is corrected or completed to the catalog's words
    -- through title_words below. The name's words weigh more (A) than the original name's (B).
    search_tsv         tsvector    GENERATED ALWAYS AS
        (setweight(to_tsvector('simple'::regconfig, marquee_fold(name)), 'A')
         || setweight(to_tsvector('simple'::regconfig, coalesce(marquee_fold(original_name), '')), 'B')) STORED,
    -- The TITLE sort: folded, so "Élite" sorts with "elite"; byte-wise, so the cursor's
    -- comparison and the index agree on every server.
    sort_name          text        COLLATE "C" GENERATED ALWAYS AS (marquee_fold(name)) STORED,

    CONSTRAINT titles_kind_check CHECK (kind IN ('MOVIE', 'SERIES')),
    CONSTRAINT titles_status_check CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT titles_name_check CHECK (length(name) BETWEEN 1 AND 200),
    CONSTRAINT titles_original_name_check CHECK (length(original_name) BETWEEN 1 AND 200),
    CONSTRAINT titles_synopsis_check CHECK (length(synopsis) <= 5000),
    -- The first film; the upper bound (five years from now) moves with time, the domain keeps it.
    CONSTRAINT titles_release_year_check CHECK (release_year BETWEEN 1888 AND 9999),
    CONSTRAINT titles_runtime_check CHECK (runtime_minutes BETWEEN 1 AND 999),
    -- A film has a runtime; a series does not (its episodes do).
    CONSTRAINT titles_runtime_kind_check CHECK ((kind = 'MOVIE') = (runtime_minutes IS NOT NULL)),
    CONSTRAINT titles_age_rating_check CHECK (age_rating ~ '^[A-Za-z0-9+-]{1,10}$'),
    CONSTRAINT titles_trailer_url_check CHECK (trailer_url ~* '^https?://' AND length(trailer_url) <= 2000),
    CONSTRAINT titles_poster_check CHECK (num_nulls(poster_blob_key, poster_media_type, poster_width,
        poster_height, poster_bytes, poster_sha256) IN (0, 6)),
    CONSTRAINT titles_backdrop_check CHECK (num_nulls(backdrop_blob_key, backdrop_media_type, backdrop_width,
        backdrop_height, backdrop_bytes, backdrop_sha256) IN (0, 6)),
    CONSTRAINT titles_version_check CHECK (version >= 0)
);

-- Search: the names' words (full text), and the genres; with the year index below, PostgreSQL
-- intersects the titles having the words, the genre and the year before it reads a row.
CREATE INDEX titles_search_tsv_idx ON titles USING gin (search_tsv);
CREATE INDEX titles_genre_ids_idx ON titles USING gin (genre_ids);

-- Browsing: one index per sort, with the id that breaks ties, so a page in any sort is a range
-- read from the cursor on, never a sort of the catalog. Archived titles are never listed, so
-- they are left out (a query names the same IN list, which lets the planner use these indexes).
-- The year index also serves the year filters (and, with the status beside it, counts by decade
-- can be read from the index alone).
CREATE INDEX titles_listed_year_idx ON titles (release_year DESC, id) INCLUDE (status)
    WHERE status IN ('DRAFT', 'PUBLISHED');
CREATE INDEX titles_listed_name_idx ON titles (sort_name, id)
    WHERE status IN ('DRAFT', 'PUBLISHED');
CREATE INDEX titles_listed_popularity_idx ON titles (popularity DESC, id)
    WHERE status IN ('DRAFT', 'PUBLISHED');

-- Every word that has appeared in a title's names, for spelling correction as the pg_trgm
-- documentation advises: a word typed that no title has ("godfater") is looked up among these
-- by trigram similarity ("godfather") or as the start of a word ("fabul" -> "fabuleux"), and
-- the title search then runs on the full-text index with those words. Comparing the typed text
-- to every title's names by similarity instead costs a recheck of thousands of rows per word on
-- a large catalog; this table holds each distinct word once. Words are kept after the titles
-- that had them change (a stale word only widens a correction to a word that no title has).
CREATE TABLE title_words (
    word text COLLATE "C" PRIMARY KEY
);

CREATE INDEX title_words_trgm_idx ON title_words USING gin (word gin_trgm_ops);

-- Kept by the database itself, so every way of writing titles (the adapter, a bulk load) feeds it.
CREATE FUNCTION title_words_collect() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO title_words (word)
    SELECT DISTINCT word FROM unnest(tsvector_to_array(NEW.search_tsv)) AS w(word)
    ON CONFLICT (word) DO NOTHING;
    RETURN NULL;
END
$$;

CREATE TRIGGER titles_words_collect
    AFTER INSERT OR UPDATE OF name, original_name ON titles
    FOR EACH ROW EXECUTE FUNCTION title_words_collect();

CREATE TABLE title_genres (
    title_id uuid NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
    -- No cascade: a genre in use is not deleted (STILL_REFERENCED); the key backs that up.
    genre_id uuid NOT NULL REFERENCES genres (id),
    PRIMARY KEY (title_id, genre_id)
);

-- Whether a genre is used at all (deleting it), and the titles of one genre.
CREATE INDEX title_genres_genre_id_idx ON title_genres (genre_id, title_id);

CREATE TABLE credits (
    title_id  uuid    NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
    -- The credit's place in the title's list, kept so the list reads back in the order written.
    position  integer NOT NULL,
    -- No cascade: a person credited on a title is not deleted (STILL_REFERENCED).
    person_id uuid    NOT NULL REFERENCES people (id),
    role      text    NOT NULL,
    character text,
    billing   integer NOT NULL,
    PRIMARY KEY (title_id, position),
    CONSTRAINT credits_position_check CHECK (position >= 0),
    CONSTRAINT credits_role_check CHECK (role IN ('DIRECTOR', 'WRITER', 'ACTOR')),
    CONSTRAINT credits_character_check CHECK (character IS NULL OR (role = 'ACTOR' AND length(character) BETWEEN 1 AND 200)),
    CONSTRAINT credits_billing_check CHECK (billing >= 1)
);

-- A person's titles, and whether a person is credited at all.
CREATE INDEX credits_person_id_idx ON credits (person_id);

CREATE TABLE seasons (
    id       uuid    PRIMARY KEY,
    title_id uuid    NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
    number   integer NOT NULL,
    name     text,
    version  bigint  NOT NULL DEFAULT 0,
    CONSTRAINT seasons_title_id_number_key UNIQUE (title_id, number),
    -- 0 holds the specials.
    CONSTRAINT seasons_number_check CHECK (number BETWEEN 0 AND 999),
    CONSTRAINT seasons_name_check CHECK (length(name) BETWEEN 1 AND 200),
    CONSTRAINT seasons_version_check CHECK (version >= 0)
);

CREATE TABLE episodes (
    id              uuid    PRIMARY KEY,
    season_id       uuid    NOT NULL REFERENCES seasons (id) ON DELETE CASCADE,
    number          integer NOT NULL,
    name            text    NOT NULL,
    synopsis        text    NOT NULL DEFAULT '',
    runtime_minutes integer NOT NULL,
    -- Checked at commit, so a transaction may renumber episodes (swap 1 and 2) one row at a time.
    CONSTRAINT episodes_season_id_number_key UNIQUE (season_id, number) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT episodes_number_check CHECK (number BETWEEN 1 AND 9999),
    CONSTRAINT episodes_name_check CHECK (length(name) BETWEEN 1 AND 200),
    CONSTRAINT episodes_synopsis_check CHECK (length(synopsis) <= 5000),
    CONSTRAINT episodes_runtime_check CHECK (runtime_minutes BETWEEN 1 AND 999)
);
