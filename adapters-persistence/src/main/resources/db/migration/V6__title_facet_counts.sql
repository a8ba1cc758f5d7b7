-- How many titles there are per status, kind and release year, overall and per genre: what the
-- facets of a search without words count, read from a few thousand rows instead of counting a
-- catalog of a million titles (1.5 s) on every browse. The database keeps them itself, in the
-- same transaction as the titles they count (so they are never stale, and every way of writing
-- titles, the adapter or a bulk COPY, feeds them), from statement-level triggers: a COPY of
-- 100,000 titles updates each count once, not 100,000 times. The price: two transactions writing
-- titles of the same status, kind and year wait for each other's commit on that count's row;
-- catalog writes are rare and short, and rows are always locked in key order, so they queue, never
-- deadlock. A count that falls to zero stays, as 0.

CREATE TABLE title_year_counts (
    status       text    NOT NULL,
    kind         text    NOT NULL,
    release_year integer NOT NULL,
    -- No CHECK (titles >= 0): an upsert checks the row it proposes (a -1) before it finds the row to add it to.
    titles       bigint  NOT NULL,
    PRIMARY KEY (status, kind, release_year)
);

-- A title with three genres counts once under each, as the genre facet counts it.
CREATE TABLE title_genre_year_counts (
    status       text    NOT NULL,
    kind         text    NOT NULL,
    genre_id     uuid    NOT NULL,
    release_year integer NOT NULL,
    titles       bigint  NOT NULL,
    PRIMARY KEY (status, kind, genre_id, release_year)
);

-- The titles a statement wrote (+1 each) and the ones it removed or changed (-1 each), netted per
-- count, so an UPDATE that changes no counted column (popularity, a poster) writes nothing.
CREATE FUNCTION title_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changes text := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT status, kind, release_year, genre_ids, 1 AS delta FROM new_titles'
        WHEN 'DELETE' THEN 'SELECT status, kind, release_year, genre_ids, -1 AS delta FROM old_titles'
        ELSE 'SELECT status, kind, release_year, genre_ids, 1 AS delta FROM new_titles
              UNION ALL SELECT status, kind, release_year, genre_ids, -1 FROM old_titles'
        END;
BEGIN
    EXECUTE 'INSERT INTO title_year_counts AS c (status, kind, release_year, titles)
             SELECT status, kind, release_year, sum(delta) FROM (' || changes || ') ch
              GROUP BY status, kind, release_year HAVING sum(delta) <> 0
              ORDER BY status, kind, release_year
             ON CONFLICT (status, kind, release_year) DO UPDATE SET titles = c.titles + excluded.titles';
    EXECUTE 'INSERT INTO title_genre_year_counts AS c (status, kind, genre_id, release_year, titles)
             SELECT status, kind, genre_id, release_year, sum(delta)
               FROM (' || changes || ') ch, unnest(ch.genre_ids) AS genre_id
              GROUP BY status, kind, genre_id, release_year HAVING sum(delta) <> 0
              ORDER BY status, kind, genre_id, release_year
             ON CONFLICT (status, kind, genre_id, release_year) DO UPDATE SET titles = c.titles + excluded.titles';
    RETURN NULL;
END
$$;

-- A trigger with transition tables takes one event (PostgreSQL's rule), hence three.
CREATE TRIGGER titles_counts_insert AFTER INSERT ON titles
    REFERENCING NEW TABLE AS new_titles FOR EACH STATEMENT EXECUTE FUNCTION title_counts_follow();
CREATE TRIGGER titles_counts_update AFTER UPDATE ON titles
    REFERENCING OLD TABLE AS old_titles NEW TABLE AS new_titles
    FOR EACH STATEMENT EXECUTE FUNCTION title_counts_follow();
CREATE TRIGGER titles_counts_delete AFTER DELETE ON titles
    REFERENCING OLD TABLE AS old_titles FOR EACH STATEMENT EXECUTE FUNCTION title_counts_follow();

INSERT INTO title_year_counts (status, kind, release_year, titles)
SELECT status, kind, release_year, count(*) FROM titles GROUP BY status, kind, release_year;

INSERT INTO title_genre_year_counts (status, kind, genre_id, release_year, titles)
SELECT status, kind, genre_id, release_year, count(*)
  FROM titles, unnest(genre_ids) AS genre_id
 GROUP BY status, kind, genre_id, release_year;
