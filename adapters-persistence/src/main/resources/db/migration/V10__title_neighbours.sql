-- Co-favorites kept per title instead of counted per request: counting, for each of a viewer's liked
-- titles, the other favorites of a sample of its fans read tens of thousands of rows per request.
-- A title's neighbours are the titles most often favorited by the same accounts, with the count
-- (estimated from a fixed sample of its fans for a very large audience, scaled to the whole
-- audience). A background job recomputes the neighbours of every title whose audience changed.
CREATE TABLE title_neighbours (
    title_id     uuid   NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
    neighbour_id uuid   NOT NULL REFERENCES titles (id) ON DELETE CASCADE,
    together     bigint NOT NULL CHECK (together > 0),
    PRIMARY KEY (title_id, neighbour_id),
    CHECK (neighbour_id <> title_id)
);
CREATE INDEX title_neighbours_neighbour_idx ON title_neighbours (neighbour_id);

-- Which revision of a title's audience its neighbours were computed from.
CREATE TABLE title_neighbourhoods (
    title_id    uuid        PRIMARY KEY REFERENCES titles (id) ON DELETE CASCADE,
    revision    bigint      NOT NULL,
    computed_at timestamptz NOT NULL
);

-- Every statement that changes a title's favorites moves its audience to a new revision, so the job
-- finds what changed exactly (a timestamp would miss a change committed after the job's snapshot
-- that started before the one it saw).
ALTER TABLE title_audience ADD COLUMN revision bigint NOT NULL DEFAULT 1;

CREATE OR REPLACE FUNCTION favorites_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO title_audience AS a (title_id, favorites)
        SELECT title_id, count(*) FROM new_favorites GROUP BY title_id ORDER BY title_id
        ON CONFLICT (title_id) DO UPDATE SET favorites = a.favorites + excluded.favorites,
                                             revision = a.revision + 1;
    ELSE
        PERFORM 1 FROM title_audience
          WHERE title_id IN (SELECT title_id FROM old_favorites)
          ORDER BY title_id FOR UPDATE;
        UPDATE title_audience a SET favorites = a.favorites - d.n, revision = a.revision + 1
          FROM (SELECT title_id, count(*) AS n FROM old_favorites GROUP BY title_id) AS d
         WHERE a.title_id = d.title_id;
    END IF;
    RETURN NULL;
END
$$;
