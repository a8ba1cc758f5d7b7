package app.marquee.adapter.persistence.recommendation;

/**
 * The statements behind the recommendation ports. Each reads one viewer's rows or a bounded
 * number of rows per liked title, person or genre, through an index made for it (see
 * {@code RecommendationPlanTest}); none reads a whole table.
 */
final class RecommendationSql {
    private RecommendationSql() {
    }

    /**
     * Everything the viewer did, one row per title and signal, with when. A film is FINISHED once
     * it has a completion. A series is FINISHED once the viewer completed at least half of its
     * episodes (specials aside; a series of specials only, any one); fewer completed episodes
     * make it STARTED: kept out of the recommendations (the viewer is watching it), but too
     * little to say what they like.
     */
    static final String HISTORY = """
            SELECT f.title_id, 'FAVORITE' AS signal, f.added_at AS at FROM favorites f WHERE f.account_id = :viewer
            UNION ALL
            SELECT r.title_id, CASE r.reaction WHEN 'LIKE' THEN 'LIKED' ELSE 'DISLIKED' END, r.reacted_at
              FROM title_reactions r WHERE r.account_id = :viewer
            UNION ALL
            SELECT w.title_id, 'FINISHED', w.completed_at
              FROM watch_progress w
             WHERE w.account_id = :viewer AND w.episode_id IS NULL AND w.completed_at IS NOT NULL
            UNION ALL
            SELECT s.title_id,
                   CASE WHEN s.done * 2 >= (SELECT count(*) FROM seasons se JOIN episodes e ON e.season_id = se.id
                                             WHERE se.title_id = s.title_id AND se.number > 0)
                        THEN 'FINISHED' ELSE 'STARTED' END,
                   s.at
              FROM (SELECT w.title_id, count(*) FILTER (WHERE se.number > 0) AS done, max(w.completed_at) AS at
                      FROM watch_progress w
                      JOIN episodes e ON e.id = w.episode_id
                      JOIN seasons se ON se.id = e.season_id
                     WHERE w.account_id = :viewer AND w.episode_id IS NOT NULL AND w.completed_at IS NOT NULL
                     GROUP BY w.title_id) AS s""";

    /**
     * The titles' own features. The audience is read title by title through its key: joined, the
     * planner would rather hash the whole {@code title_audience} table (a row per favorited title)
     * for a thousand candidates.
     */
    static final String FEATURES = """
            SELECT t.id, t.name, t.status, CAST(t.genre_ids AS text[]) AS genre_ids, t.release_year,
                   t.audio_languages, t.popularity,
                   coalesce((SELECT a.favorites FROM title_audience a WHERE a.title_id = t.id), 0) AS favorite_count
              FROM titles t
             WHERE t.id = ANY (CAST(:ids AS uuid[]))""";

    /**
     * The titles' credits. The names are read person by person through their key: joined, the
     * planner would rather hash all of {@code people} for a few hundred credits.
     */
    static final String CREDITS = """
            SELECT c.title_id, c.person_id, (SELECT p.name FROM people p WHERE p.id = c.person_id) AS name, c.role
              FROM credits c
             WHERE c.title_id = ANY (CAST(:ids AS uuid[]))""";

    /**
     * The viewer's own titles' names and status as they are now (their other features may come
     * from {@link CandidateFeatures}): a title put back in draft a moment ago is never named in a
     * reason, a renamed one is named as it is now. One probe of the titles' primary key per title.
     */
    static final String TITLE_STATES = """
            SELECT t.id, t.name, t.status FROM titles t WHERE t.id = ANY (CAST(:ids AS uuid[]))""";

    /**
     * The people's names as they are now (null for someone since removed): a reason names a person
     * as they are called today. Read person by person through their key: {@code p.id = ANY (...)}
     * would rather scan all of {@code people} for a few hundred ids (2.6 ms against 0.9 ms for 300
     * of 20,000 people).
     */
    static final String PEOPLE_NAMES = """
            SELECT p.id, (SELECT q.name FROM people q WHERE q.id = p.id) AS name
              FROM unnest(CAST(:ids AS uuid[])) AS p(id)""";

    /**
     * Which of the titles are published now: what is finally recommended is checked here, never
     * from a cache. A handful of keys through the titles' primary key.
     */
    static final String PUBLISHED_AMONG = """
            SELECT t.id FROM titles t WHERE t.id = ANY (CAST(:ids AS uuid[])) AND t.status = 'PUBLISHED'""";

    /**
     * Each person's {@code kept} most popular published titles (ties to the smaller id), in that
     * order; the person's credits read from the index alone, one probe of the titles' covering
     * index per credited title.
     */
    static final String TOP_TITLES_OF_PEOPLE = """
            SELECT p.id AS person_id, x.id AS title_id
              FROM unnest(CAST(:people AS uuid[])) AS p(id)
              CROSS JOIN LATERAL (SELECT t.id, t.popularity
                                    FROM (SELECT DISTINCT c.title_id FROM credits c WHERE c.person_id = p.id
                                          OFFSET 0) AS c
                                    JOIN titles t ON t.id = c.title_id
                                   WHERE t.status = 'PUBLISHED'
                                   ORDER BY t.popularity DESC, t.id LIMIT :kept) AS x
             ORDER BY p.id, x.popularity DESC, x.id""";

    /**
     * Each genre's {@code kept} most popular published titles (ties to the smaller id), in that
     * order: a genre of 1,000 published titles or more by walking the catalog's popularity index
     * until enough turn up, a smaller one through its own titles (the genres' GIN index), so a
     * niche genre never makes the walk read the whole catalog. Planned with the values bound: a
     * generic plan cannot tell the two apart.
     */
    static final String TOP_TITLES_OF_GENRES = """
            SELECT g.id AS genre_id, x.id AS title_id
              FROM (SELECT g.id, (SELECT coalesce(sum(c.titles), 0) FROM title_genre_year_counts c
                                   WHERE c.genre_id = g.id AND c.status = 'PUBLISHED') AS size
                      FROM unnest(CAST(:genres AS uuid[])) AS g(id)) AS g
              CROSS JOIN LATERAL (
                  (SELECT t.id, t.popularity FROM titles t
                    WHERE g.size >= 1000 AND g.id = ANY (t.genre_ids) AND t.status IN ('DRAFT', 'PUBLISHED')
                      AND t.status = 'PUBLISHED'
                    ORDER BY t.popularity DESC, t.id LIMIT :kept)
                  UNION ALL
                  (SELECT t.id, t.popularity FROM titles t
                    WHERE g.size < 1000 AND t.genre_ids @> ARRAY[g.id] AND t.status = 'PUBLISHED'
                    ORDER BY t.popularity DESC, t.id LIMIT :kept)) AS x
             ORDER BY g.id, x.popularity DESC, x.id""";

    /** The catalog's {@code kept} most popular published titles, most popular first, ties to the smaller id. */
    static final String MOST_POPULAR_TITLES = """
            SELECT t.id FROM titles t
             WHERE t.status IN ('DRAFT', 'PUBLISHED') AND t.status = 'PUBLISHED'
             ORDER BY t.popularity DESC, t.id LIMIT :kept""";

    /**
     * The titles' kept co-favorites, every one of them (a title keeps 20 at most), read through
     * {@code title_co_favorites}' key.
     */
    static final String CO_FAVORITES_OF = """
            SELECT n.title_id, n.co_favorite_id, n.together
              FROM title_co_favorites n
             WHERE n.title_id = ANY (CAST(:ids AS uuid[]))""";

    /**
     * For each of the given titles, its {@code kept} most co-favorited titles, counted over a fixed
     * sample of its audience: its first {@code fansPerTitle} accounts by id (the index's order), each
     * with their {@code favoritesPerFan} latest favorites, scaled up to the whole audience; exact for
     * a title with fewer fans who each have no more favorites than that. Ties go to the smaller
     * title id.
     */
    static final String RECOMPUTE_CO_FAVORITES = """
            INSERT INTO title_co_favorites (title_id, co_favorite_id, together)
            WITH fans AS (
                SELECT d.id AS title_id, f.account_id
                  FROM unnest(CAST(:ids AS uuid[])) AS d(id)
                  CROSS JOIN LATERAL (SELECT f.account_id FROM favorites f WHERE f.title_id = d.id
                                       ORDER BY f.account_id LIMIT :fansPerTitle) AS f),
            sampled AS (SELECT title_id, count(*) AS n FROM fans GROUP BY title_id),
            pairs AS (
                SELECT fa.title_id, o.title_id AS co_favorite_id, count(*) AS together
                  FROM fans fa
                  CROSS JOIN LATERAL (SELECT g.title_id FROM favorites g WHERE g.account_id = fa.account_id
                                       ORDER BY g.added_at DESC, g.title_id DESC LIMIT :favoritesPerFan) AS o
                 WHERE o.title_id <> fa.title_id
                 GROUP BY fa.title_id, o.title_id)
            SELECT r.title_id, r.co_favorite_id, r.together FROM (
                SELECT p.title_id, p.co_favorite_id,
                       round(p.together * greatest(a.favorites, s.n)::numeric / s.n)::bigint AS together,
                       row_number() OVER (PARTITION BY p.title_id ORDER BY p.together DESC, p.co_favorite_id) AS rank
                  FROM pairs p
                  JOIN sampled s ON s.title_id = p.title_id
                  JOIN title_audience a ON a.title_id = p.title_id) AS r
             WHERE r.rank <= :kept""";

    /** From the counts the database keeps per status, kind and year (V6): a few thousand rows, never the catalog. */
    static final String PUBLISHED_TITLES = """
            SELECT CAST(coalesce(sum(titles), 0) AS bigint) FROM title_year_counts WHERE status = 'PUBLISHED'""";

    /** Per genre, from the counts the database keeps per status, kind, genre and year (V6). */
    static final String TITLES_PER_GENRE = """
            SELECT g.id, (SELECT CAST(coalesce(sum(c.titles), 0) AS bigint) FROM title_genre_year_counts c
                           WHERE c.genre_id = g.id AND c.status = 'PUBLISHED') AS count
              FROM unnest(CAST(:ids AS uuid[])) AS g(id)""";

    /** Per person, distinct titles (someone who wrote and directed a film is credited twice on it). */
    static final String TITLES_PER_PERSON = """
            SELECT p.id, (SELECT count(DISTINCT c.title_id) FROM credits c JOIN titles t ON t.id = c.title_id
                           WHERE c.person_id = p.id AND t.status = 'PUBLISHED') AS count
              FROM unnest(CAST(:ids AS uuid[])) AS p(id)""";
}
