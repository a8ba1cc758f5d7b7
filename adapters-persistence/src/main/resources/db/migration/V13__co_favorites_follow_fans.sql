-- Co-favorites (V10), named as everywhere else in the code and the API, and kept current in both
-- directions. V10 recomputed a title when its own favorites changed; but its co-favorites are what
-- its fans favorite, so a fan adding or removing another title changes them too. The favorites
-- triggers now also note the accounts whose favorites changed, and the co-favorites job marks
-- every title those accounts favorite as due before it recomputes.
ALTER TABLE title_neighbours RENAME TO title_co_favorites;
ALTER TABLE title_co_favorites RENAME COLUMN neighbour_id TO co_favorite_id;
ALTER TABLE title_co_favorites RENAME CONSTRAINT title_neighbours_pkey TO title_co_favorites_pkey;
ALTER TABLE title_co_favorites RENAME CONSTRAINT title_neighbours_check TO title_co_favorites_check;
ALTER TABLE title_co_favorites RENAME CONSTRAINT title_neighbours_together_check TO title_co_favorites_together_check;
ALTER TABLE title_co_favorites RENAME CONSTRAINT title_neighbours_title_id_fkey TO title_co_favorites_title_id_fkey;
ALTER TABLE title_co_favorites RENAME CONSTRAINT title_neighbours_neighbour_id_fkey TO title_co_favorites_co_favorite_id_fkey;
ALTER INDEX title_neighbours_neighbour_idx RENAME TO title_co_favorites_co_favorite_idx;
ALTER TABLE title_neighbourhoods RENAME TO title_co_favorites_computed;
ALTER TABLE title_co_favorites_computed RENAME CONSTRAINT title_neighbourhoods_pkey TO title_co_favorites_computed_pkey;
ALTER TABLE title_co_favorites_computed RENAME CONSTRAINT title_neighbourhoods_title_id_fkey TO title_co_favorites_computed_title_id_fkey;

-- Accounts whose favorites changed since the job last looked (no foreign key: an account erased
-- meanwhile is simply skipped).
CREATE TABLE co_favorites_changed_fans (
    account_id uuid PRIMARY KEY
);

CREATE OR REPLACE FUNCTION favorites_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO title_audience AS a (title_id, favorites)
        SELECT title_id, count(*) FROM new_favorites GROUP BY title_id ORDER BY title_id
        ON CONFLICT (title_id) DO UPDATE SET favorites = a.favorites + excluded.favorites,
                                             revision = a.revision + 1;
        INSERT INTO co_favorites_changed_fans (account_id)
        SELECT DISTINCT account_id FROM new_favorites ORDER BY account_id
        ON CONFLICT (account_id) DO NOTHING;
    ELSE
        PERFORM 1 FROM title_audience
          WHERE title_id IN (SELECT title_id FROM old_favorites)
          ORDER BY title_id FOR UPDATE;
        UPDATE title_audience a SET favorites = a.favorites - d.n, revision = a.revision + 1
          FROM (SELECT title_id, count(*) AS n FROM old_favorites GROUP BY title_id) AS d
         WHERE a.title_id = d.title_id;
        INSERT INTO co_favorites_changed_fans (account_id)
        SELECT DISTINCT account_id FROM old_favorites ORDER BY account_id
        ON CONFLICT (account_id) DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;
