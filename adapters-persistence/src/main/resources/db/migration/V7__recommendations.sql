-- Recommendations: the audience figures the scorer reads, kept by the database itself, and the
-- indexes its candidate queries walk (see the recommendation persistence adapters).

-- How many accounts favorite a title (normalises co-favorites), and its popularity, which V2
-- announced: favorites plus LIKE reactions. Both are kept up to date by the triggers below, in
-- the transaction that adds or removes the favorite or the reaction, so every way of writing
-- them (the adapters, a bulk load followed by the UPDATE below) agrees, and two instances adding
-- at once both count (UPDATE ... SET n = n + 1 waits for the other's row lock, never loses it).
ALTER TABLE titles ADD COLUMN favorite_count bigint NOT NULL DEFAULT 0;
ALTER TABLE titles ADD CONSTRAINT titles_favorite_count_check CHECK (favorite_count >= 0);

UPDATE titles t
   SET favorite_count = a.favorites, popularity = a.favorites + a.likes
  FROM (SELECT title_id, sum(favorites) AS favorites, sum(likes) AS likes
          FROM (SELECT title_id, count(*) AS favorites, 0 AS likes FROM favorites GROUP BY title_id
                UNION ALL
                SELECT title_id, 0, count(*) FROM title_reactions WHERE reaction = 'LIKE' GROUP BY title_id) AS x
         GROUP BY title_id) AS a
 WHERE a.title_id = t.id;

CREATE FUNCTION favorites_audience() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE titles SET favorite_count = favorite_count + 1, popularity = popularity + 1 WHERE id = NEW.title_id;
    ELSE
        UPDATE titles SET favorite_count = favorite_count - 1, popularity = greatest(popularity - 1, 0)
         WHERE id = OLD.title_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER favorites_audience AFTER INSERT OR DELETE ON favorites
    FOR EACH ROW EXECUTE FUNCTION favorites_audience();

-- A LIKE adds one to popularity, taking it back (or turning it into a DISLIKE) removes it.
CREATE FUNCTION title_reactions_audience() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    delta integer := 0;
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.reaction = 'LIKE' THEN
        delta := delta + 1;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.reaction = 'LIKE' THEN
        delta := delta - 1;
    END IF;
    IF delta <> 0 THEN
        UPDATE titles SET popularity = greatest(popularity + delta, 0)
         WHERE id = CASE WHEN TG_OP = 'DELETE' THEN OLD.title_id ELSE NEW.title_id END;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER title_reactions_audience AFTER INSERT OR UPDATE OF reaction OR DELETE ON title_reactions
    FOR EACH ROW EXECUTE FUNCTION title_reactions_audience();

-- A person's titles read from the index alone (candidates by shared people, how common a person
-- is); it replaces the person-only index, which it covers.
CREATE INDEX credits_person_title_idx ON credits (person_id, title_id);
DROP INDEX credits_person_id_idx;

-- A person's published titles with their popularity, read from the index alone (candidates by
-- shared people probe one title per credit).
CREATE INDEX titles_published_popularity_idx ON titles (id) INCLUDE (popularity) WHERE status = 'PUBLISHED';
