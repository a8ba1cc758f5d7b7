-- Recommendations: the audience figure the scorer reads, kept by the database itself, and the
-- indexes its candidate queries walk (see the recommendation persistence adapters).

-- How many accounts favorite a title (it normalises co-favorites), kept up to date by the trigger
-- below in the transaction that adds or removes the favorite, so every way of writing favorites
-- (the adapters, a bulk load followed by the UPDATE below) agrees, and two instances adding at
-- once both count (UPDATE ... SET n = n + 1 waits for the other's row lock, never loses it).
-- Popularity is not kept here: the popularity refresh job computes it with its policy's weights.
ALTER TABLE titles ADD COLUMN favorite_count bigint NOT NULL DEFAULT 0;
ALTER TABLE titles ADD CONSTRAINT titles_favorite_count_check CHECK (favorite_count >= 0);

UPDATE titles t
   SET favorite_count = f.favorites
  FROM (SELECT title_id, count(*) AS favorites FROM favorites GROUP BY title_id) AS f
 WHERE f.title_id = t.id;

CREATE FUNCTION favorites_audience() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE titles SET favorite_count = favorite_count + 1 WHERE id = NEW.title_id;
    ELSE
        UPDATE titles SET favorite_count = favorite_count - 1 WHERE id = OLD.title_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER favorites_audience AFTER INSERT OR DELETE ON favorites
    FOR EACH ROW EXECUTE FUNCTION favorites_audience();

-- A person's titles read from the index alone (candidates by shared people, how common a person
-- is); it replaces the person-only index, which it covers.
CREATE INDEX credits_person_title_idx ON credits (person_id, title_id);
DROP INDEX credits_person_id_idx;

-- A person's published titles with their popularity, read from the index alone (candidates by
-- shared people probe one title per credit).
CREATE INDEX titles_published_popularity_idx ON titles (id) INCLUDE (popularity) WHERE status = 'PUBLISHED';
