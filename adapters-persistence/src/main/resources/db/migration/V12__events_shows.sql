-- Events, tours and shows. The domain decides; these constraints make sure two instances on one
-- database cannot break the same rules: a show keeps its venue (no venue is deleted under a show),
-- a show starts before it ends and its sale closes by its end, a show's price tiers have distinct
-- names, and every write moves a version on (conditional UPDATE ... WHERE version = ?).
--
-- Shows and seat maps: creating a show takes its venue's row FOR SHARE and reads the map after it;
-- a map that loses seats, or a venue being deleted, takes the same row FOR UPDATE before asking
-- which shows use it. So a show never starts selling a place that a concurrent redraw removes.
--
-- Screenings are shows too (kind SCREENING): two screenings that are not cancelled never hold one
-- room at overlapping times, [starts_at, ends_at) with ends_at = start + trailers + runtime + cleaning;
-- the exclusion constraint guarantees what the domain's ScreeningSchedule decides.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE tours (
    id         uuid        PRIMARY KEY,
    name       text        NOT NULL,
    -- No foreign key to accounts: an organiser's tours and events outlive the account (tickets point at them).
    owner_id   uuid        NOT NULL,
    created_at timestamptz NOT NULL,
    version    bigint      NOT NULL DEFAULT 0,
    CONSTRAINT tours_name_check CHECK (length(name) BETWEEN 1 AND 200),
    CONSTRAINT tours_version_check CHECK (version >= 0)
);

CREATE INDEX tours_owner_id_idx ON tours (owner_id, created_at, id);

CREATE TABLE events (
    id          uuid        PRIMARY KEY,
    title       text        NOT NULL,
    -- The title as lists order it, lower-cased by the adapter; byte-wise so order and cursor agree.
    title_key   text        COLLATE "C" NOT NULL,
    description text        NOT NULL,
    category    text        NOT NULL,
    performer   text,
    owner_id    uuid        NOT NULL,
    tour_id     uuid        REFERENCES tours (id),
    status      text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0,
    CONSTRAINT events_title_check CHECK (length(title) BETWEEN 1 AND 200),
    CONSTRAINT events_description_check CHECK (length(description) <= 5000),
    CONSTRAINT events_category_check CHECK (category IN ('CONCERT', 'THEATRE', 'SPORT', 'CONFERENCE', 'SCHOOL', 'OTHER')),
    CONSTRAINT events_status_check CHECK (status IN ('DRAFT', 'ON_SALE', 'CANCELLED')),
    CONSTRAINT events_version_check CHECK (version >= 0)
);

CREATE INDEX events_title_key_idx ON events (title_key, id);
CREATE INDEX events_tour_id_idx ON events (tour_id) WHERE tour_id IS NOT NULL;

-- One sellable occurrence: a date of an event at a venue, or (kind SCREENING) a film in a cinema room.
-- Only DRAFT, ON_SALE and CANCELLED are stored: PAST and SOLD_OUT are read from the clock and the inventory.
CREATE TABLE shows (
    id             uuid        PRIMARY KEY,
    kind           text        NOT NULL,
    -- RESTRICT: a venue with shows, past or future, is kept.
    venue_id       uuid        NOT NULL REFERENCES venues (id),
    event_id       uuid        REFERENCES events (id),
    -- A catalog title with a screening is archived, never deleted (TitleReferencesRepository asks here).
    title_id       uuid        REFERENCES titles (id),
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL,
    time_zone      text        NOT NULL,
    currency       char(3)     NOT NULL,
    sales_open_at  timestamptz NOT NULL,
    sales_close_at timestamptz NOT NULL,
    per_order_max  integer     NOT NULL,
    lifecycle      text        NOT NULL,
    screening_version text,
    projection     text,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    version        bigint      NOT NULL DEFAULT 0,
    CONSTRAINT shows_kind_check CHECK ((kind = 'EVENT_DATE' AND event_id IS NOT NULL AND title_id IS NULL)
                                    OR (kind = 'SCREENING' AND title_id IS NOT NULL AND event_id IS NULL)),
    CONSTRAINT shows_times_check CHECK (starts_at < ends_at),
    CONSTRAINT shows_sales_window_check CHECK (sales_open_at < sales_close_at AND sales_close_at <= ends_at),
    CONSTRAINT shows_per_order_max_check CHECK (per_order_max BETWEEN 1 AND 1000),
    CONSTRAINT shows_currency_check CHECK (currency ~ '^[A-Z]{3}$'),
    CONSTRAINT shows_lifecycle_check CHECK (lifecycle IN ('DRAFT', 'ON_SALE', 'CANCELLED')),
    CONSTRAINT shows_version_check CHECK (version >= 0),
    CONSTRAINT shows_screening_check CHECK ((kind = 'SCREENING') = (screening_version IS NOT NULL AND projection IS NOT NULL)),
    CONSTRAINT shows_screening_version_check CHECK (screening_version IN ('VF', 'VOSTFR', 'VO')),
    CONSTRAINT shows_projection_check CHECK (projection IN ('TWO_D', 'THREE_D')),
    CONSTRAINT shows_screening_overlap EXCLUDE USING gist (venue_id WITH =, tstzrange(starts_at, ends_at) WITH &&)
        WHERE (kind = 'SCREENING' AND lifecycle <> 'CANCELLED')
);

CREATE INDEX shows_title_id_idx ON shows (title_id) WHERE title_id IS NOT NULL;

CREATE INDEX shows_event_id_idx ON shows (event_id, starts_at, id) WHERE event_id IS NOT NULL;
-- Serves "does a show that has not started use this venue" and the venue's own listings.
CREATE INDEX shows_venue_id_idx ON shows (venue_id, starts_at);

-- A show's prices: for seats of some kinds and/or places of some areas, in the show's currency.
CREATE TABLE show_price_tiers (
    show_id     uuid    NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
    id          uuid    NOT NULL,
    position    integer NOT NULL,
    name        text    NOT NULL,
    name_key    text    NOT NULL,
    seat_kinds  text[]  NOT NULL DEFAULT '{}',
    area_ids    uuid[]  NOT NULL DEFAULT '{}',
    price_minor bigint  NOT NULL,
    conditions  text,
    PRIMARY KEY (show_id, id),
    CONSTRAINT show_price_tiers_name_key_key UNIQUE (show_id, name_key),
    CONSTRAINT show_price_tiers_name_check CHECK (length(name) BETWEEN 1 AND 60),
    CONSTRAINT show_price_tiers_applies_check CHECK (cardinality(seat_kinds) + cardinality(area_ids) > 0),
    CONSTRAINT show_price_tiers_price_check CHECK (price_minor >= 0),
    CONSTRAINT show_price_tiers_conditions_check CHECK (conditions IS NULL OR length(conditions) BETWEEN 1 AND 200)
);
