-- Waiting lists of sold-out shows. The domain decides (WaitingList, LineFirst); these tables make
-- sure two instances cannot break it:
--   * one line row per show, locked (FOR UPDATE, or SKIP LOCKED by the job) by whoever joins,
--     leaves or makes offers, so one writer at a time serves a show's line; it is locked before
--     any hold row (the store's lock order: line, holds, area stock, seat claims);
--   * one open (WAITING or OFFERED) entry per person per show (waiting_entries_one_open);
--   * an OFFERED entry names its offer's hold and when the offer ends.
CREATE TABLE waiting_lines (
    show_id    uuid        PRIMARY KEY REFERENCES shows (id),
    created_at timestamptz NOT NULL
);

CREATE TABLE waiting_entries (
    id               uuid        PRIMARY KEY,
    -- Line order: strictly increasing, whatever two clocks say.
    line_number      bigint      GENERATED ALWAYS AS IDENTITY,
    show_id          uuid        NOT NULL REFERENCES waiting_lines (show_id),
    -- No foreign key to accounts: sales records outlive an account.
    entrant_id       uuid        NOT NULL,
    tier_id          uuid        NOT NULL,
    places           integer     NOT NULL,
    joined_at        timestamptz NOT NULL,
    state            text        NOT NULL,
    offer_expires_at timestamptz,
    hold_id          uuid        REFERENCES holds (id),
    ended_at         timestamptz,
    CONSTRAINT waiting_entries_places_check CHECK (places BETWEEN 1 AND 1000),
    CONSTRAINT waiting_entries_state_check CHECK (state IN ('WAITING', 'OFFERED', 'SERVED', 'LAPSED', 'LEFT')),
    CONSTRAINT waiting_entries_offer_check CHECK ((state = 'OFFERED') = (offer_expires_at IS NOT NULL)
                                                  AND (state <> 'OFFERED' OR hold_id IS NOT NULL)),
    CONSTRAINT waiting_entries_ended_check CHECK ((state IN ('WAITING', 'OFFERED')) = (ended_at IS NULL))
);

CREATE UNIQUE INDEX waiting_entries_one_open ON waiting_entries (show_id, entrant_id)
    WHERE state IN ('WAITING', 'OFFERED');
CREATE INDEX waiting_entries_line ON waiting_entries (show_id, line_number) WHERE state IN ('WAITING', 'OFFERED');
CREATE INDEX waiting_entries_of_entrant ON waiting_entries (show_id, entrant_id, line_number DESC);
CREATE INDEX waiting_entries_hold ON waiting_entries (hold_id) WHERE hold_id IS NOT NULL;
