-- The favorite count moves off titles (V7 kept it there with a row trigger): every favorite added
-- or removed then waited for whoever held its title's row (the popularity refresh rewrites
-- thousands of titles for seconds), and a batch deleting many viewers' favorites could deadlock
-- with another writer of the same titles. The count now lives beside the title, written by
-- statement-level triggers that net a statement's changes per title and lock them in title order.
CREATE TABLE title_audience (
    title_id  uuid   PRIMARY KEY REFERENCES titles (id) ON DELETE CASCADE,
    favorites bigint NOT NULL
);

INSERT INTO title_audience (title_id, favorites)
SELECT title_id, count(*) FROM favorites GROUP BY title_id;

DROP TRIGGER favorites_audience ON favorites;
DROP FUNCTION favorites_audience();
ALTER TABLE titles DROP COLUMN favorite_count;

CREATE FUNCTION favorites_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO title_audience AS a (title_id, favorites)
        SELECT title_id, count(*) FROM new_favorites GROUP BY title_id ORDER BY title_id
        ON CONFLICT (title_id) DO UPDATE SET favorites = a.favorites + excluded.favorites;
    ELSE
        PERFORM 1 FROM title_audience
          WHERE title_id IN (SELECT title_id FROM old_favorites)
          ORDER BY title_id FOR UPDATE;
        UPDATE title_audience a SET favorites = a.favorites - d.n
          FROM (SELECT title_id, count(*) AS n FROM old_favorites GROUP BY title_id) AS d
         WHERE a.title_id = d.title_id;
    END IF;
    RETURN NULL;
END
$$;

-- A trigger with transition tables takes one event (PostgreSQL's rule), hence two.
CREATE TRIGGER favorites_follow_insert AFTER INSERT ON favorites
    REFERENCING NEW TABLE AS new_favorites FOR EACH STATEMENT EXECUTE FUNCTION favorites_follow();
CREATE TRIGGER favorites_follow_delete AFTER DELETE ON favorites
    REFERENCING OLD TABLE AS old_favorites FOR EACH STATEMENT EXECUTE FUNCTION favorites_follow();
