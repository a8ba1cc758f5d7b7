-- An event's poster and backdrop: at most one picture per slot, as a title's (V2) but in a row of
-- its own per slot. The row is written in the same transaction as the event's conditional version
-- UPDATE, so a picture never lands on an event changed meanwhile.
CREATE TABLE event_images (
    event_id   uuid    NOT NULL REFERENCES events (id),
    slot       text    NOT NULL,
    blob_key   text    NOT NULL,
    media_type text    NOT NULL,
    width      integer NOT NULL,
    height     integer NOT NULL,
    bytes      bigint  NOT NULL,
    sha256     text    NOT NULL,
    PRIMARY KEY (event_id, slot),
    CONSTRAINT event_images_slot_check CHECK (slot IN ('POSTER', 'BACKDROP')),
    CONSTRAINT event_images_media_type_check CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
    CONSTRAINT event_images_size_check CHECK (width BETWEEN 1 AND 8000 AND height BETWEEN 1 AND 8000 AND bytes >= 1)
);

-- Places a show can still sell at a given instant: its venue's seats with no valid ticket and no
-- live hold, plus what its areas have left. The one statement of that rule: the remaining places
-- shown with each show and the event tallies below both call it.
CREATE FUNCTION show_remaining_places(for_show uuid, at_instant timestamptz) RETURNS bigint
LANGUAGE sql STABLE AS $$
    SELECT (SELECT count(*) FROM venue_seats vs
             WHERE vs.venue_id = s.venue_id
               AND NOT EXISTS (SELECT 1 FROM seat_claims c
                                WHERE c.show_id = s.id AND c.seat_id = vs.id
                                  AND (c.ticket_id IS NOT NULL OR c.expires_at > at_instant)))
           + (SELECT coalesce(sum(greatest(0, st.capacity - st.taken)), 0) FROM show_area_stock st
               WHERE st.show_id = s.id)
      FROM shows s
     WHERE s.id = for_show
$$;

-- What an event's shows say at an instant (cancelled shows aside): how many, how many have not
-- started, and how many of those have a place left. The domain's EventStandingPolicy turns it into
-- SOLD_OUT or PAST; lists join it laterally, so a page of events costs one query.
CREATE FUNCTION event_show_tally(for_event uuid, at_instant timestamptz)
RETURNS TABLE (all_shows bigint, not_started bigint, with_places_left bigint)
LANGUAGE sql STABLE AS $$
    SELECT count(*),
           count(*) FILTER (WHERE s.starts_at > at_instant),
           count(*) FILTER (WHERE CASE WHEN s.starts_at > at_instant
                                       THEN show_remaining_places(s.id, at_instant) > 0 ELSE false END)
      FROM shows s
     WHERE s.event_id = for_event AND s.lifecycle <> 'CANCELLED'
$$;
