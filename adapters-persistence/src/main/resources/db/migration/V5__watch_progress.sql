-- Watch progress: how far each viewer got in each film and each episode, one row per viewer and
-- film or episode, which every new report replaces. The domain decides (position within the
-- runtime, finished at 90 %, the first completion kept); these constraints make sure two
-- instances on one database cannot break the same rules, and the upsert merges two reports
-- that arrive together (see WatchProgressRepository.upsert).
-- The catalog's "is this title still referenced" check and the recommendations read this table.

CREATE TABLE watch_progress (
    -- A row's own id, stable across updates: it breaks ties in the history's order and cursor.
    id               uuid        PRIMARY KEY,
    -- Accounts are anonymised, never deleted, so no cascade is needed.
    account_id       uuid        NOT NULL REFERENCES accounts (id),
    -- No cascade: a title someone watched is archived rather than deleted (the catalog asks
    -- this table first); the key backs that up.
    title_id         uuid        NOT NULL REFERENCES titles (id),
    -- Null for a film. An episode the catalog removes (or the season holding it) takes its
    -- progress with it: there is nothing left to resume, and an admin's clean-up is not blocked
    -- by viewers. The series itself stays referenced by the viewer's other episodes, if any.
    episode_id       uuid        REFERENCES episodes (id) ON DELETE CASCADE,
    position_seconds integer     NOT NULL,
    -- The runtime the position was measured against, when it was reported.
    runtime_seconds  integer     NOT NULL,
    finished         boolean     NOT NULL,
    -- When the entry first reached 90 %; kept when the viewer watches it again from the start.
    completed_at     timestamptz,
    updated_at       timestamptz NOT NULL,
    -- One entry per viewer and film (episode_id null) or episode: nulls count as equal here.
    CONSTRAINT watch_progress_entry_key UNIQUE NULLS NOT DISTINCT (account_id, title_id, episode_id),
    -- 1 second to 999 minutes, the catalog's longest runtime.
    CONSTRAINT watch_progress_runtime_check CHECK (runtime_seconds BETWEEN 1 AND 59940),
    CONSTRAINT watch_progress_position_check CHECK (position_seconds BETWEEN 0 AND runtime_seconds),
    -- FinishedPolicy: 90 % of the runtime, in whole numbers.
    CONSTRAINT watch_progress_finished_check CHECK (finished = (position_seconds * 10 >= runtime_seconds * 9)),
    CONSTRAINT watch_progress_completed_at_check CHECK (NOT finished OR completed_at IS NOT NULL)
);

-- A viewer's history, last watched first, page after page (and continue-watching's recent entries).
CREATE INDEX watch_progress_history_idx ON watch_progress (account_id, updated_at DESC, id DESC);
-- Whether a title is still referenced; who watched a title (recommendations).
CREATE INDEX watch_progress_title_id_idx ON watch_progress (title_id);
-- Removing an episode finds its progress without a scan.
CREATE INDEX watch_progress_episode_id_idx ON watch_progress (episode_id) WHERE episode_id IS NOT NULL;
