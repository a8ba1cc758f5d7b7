-- Venues and their seat maps. The domain decides; these constraints make sure two instances on one
-- database cannot break the same rules: a seat label once per venue, a section name and an area
-- name once per venue, places with sane numbers, an area of at least one place, and a version that
-- every write moves on (conditional UPDATE ... WHERE version = ?), so of two writers of one venue
-- at the same version only one wins.

CREATE TABLE venues (
    id            uuid        PRIMARY KEY,
    name          text        NOT NULL,
    -- The name as the listing orders it, lower-cased by the adapter (Java's locale-neutral rules);
    -- byte-wise collation so the order and the cursor (name_key, id) > (..) agree on every server.
    name_key      text        COLLATE "C" NOT NULL,
    address_lines text[]      NOT NULL,
    city          text        NOT NULL,
    postal_code   text        NOT NULL,
    country       char(2)     NOT NULL,
    time_zone     text        NOT NULL,
    kind          text        NOT NULL,
    equipment     text[]      NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL DEFAULT 0,
    CONSTRAINT venues_name_check CHECK (length(name) BETWEEN 1 AND 120),
    CONSTRAINT venues_address_lines_check CHECK (cardinality(address_lines) BETWEEN 1 AND 3),
    CONSTRAINT venues_city_check CHECK (length(city) BETWEEN 1 AND 100),
    CONSTRAINT venues_postal_code_check CHECK (length(postal_code) <= 20),
    CONSTRAINT venues_country_check CHECK (country ~ '^[A-Z]{2}$'),
    CONSTRAINT venues_kind_check CHECK (kind IN ('HALL', 'CINEMA_ROOM', 'OPEN_AIR')),
    CONSTRAINT venues_version_check CHECK (version >= 0)
);

CREATE INDEX venues_name_key_idx ON venues (name_key, id);

-- The sections of a venue's map, in the order the operator gave them.
CREATE TABLE venue_sections (
    venue_id uuid    NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    position integer NOT NULL,
    name     text    NOT NULL,
    name_key text    NOT NULL,
    PRIMARY KEY (venue_id, position),
    CONSTRAINT venue_sections_name_key_key UNIQUE (venue_id, name_key),
    CONSTRAINT venue_sections_position_check CHECK (position >= 0),
    CONSTRAINT venue_sections_name_check CHECK (length(name) BETWEEN 1 AND 60)
);

-- Numbered seats. Ids outlive a redrawn map for seats whose label is unchanged, so shows keep
-- pointing at them; row_index orders rows from the front, position places a seat along its row
-- counting aisles and missing seats (side by side = positions one apart).
CREATE TABLE venue_seats (
    id        uuid    PRIMARY KEY,
    venue_id  uuid    NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    section   text    NOT NULL,
    row_label text    NOT NULL,
    row_index integer NOT NULL,
    number    integer NOT NULL,
    position  integer NOT NULL,
    kind      text    NOT NULL,
    label     text    NOT NULL,
    CONSTRAINT venue_seats_venue_id_label_key UNIQUE (venue_id, label),
    CONSTRAINT venue_seats_row_label_check CHECK (row_label ~ '^[A-Z]{1,3}$'),
    CONSTRAINT venue_seats_row_index_check CHECK (row_index >= 0),
    CONSTRAINT venue_seats_number_check CHECK (number BETWEEN 1 AND 999),
    CONSTRAINT venue_seats_position_check CHECK (position >= 1),
    CONSTRAINT venue_seats_kind_check CHECK (kind IN ('STANDARD', 'PREMIUM', 'WHEELCHAIR', 'COMPANION')),
    CONSTRAINT venue_seats_label_check CHECK (label = section || ' ' || row_label || '-' || number)
);

-- General-admission areas: a name once per venue, at least one place.
CREATE TABLE venue_areas (
    id       uuid    PRIMARY KEY,
    venue_id uuid    NOT NULL REFERENCES venues (id) ON DELETE CASCADE,
    position integer NOT NULL,
    name     text    NOT NULL,
    name_key text    NOT NULL,
    capacity integer NOT NULL,
    CONSTRAINT venue_areas_venue_id_name_key_key UNIQUE (venue_id, name_key),
    CONSTRAINT venue_areas_name_check CHECK (length(name) BETWEEN 1 AND 60),
    CONSTRAINT venue_areas_capacity_check CHECK (capacity BETWEEN 1 AND 100000)
);

CREATE INDEX venue_areas_venue_id_idx ON venue_areas (venue_id, position);
