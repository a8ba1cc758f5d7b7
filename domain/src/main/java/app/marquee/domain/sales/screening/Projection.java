package app.marquee.domain.sales.screening;

import app.marquee.domain.sales.venue.Equipment;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueKind;

/** 2D or 3D; a 3D screening needs a room equipped for it. */
public enum Projection {
    TWO_D,
    THREE_D;

    /**
     * Whether a venue with these details can show a film in this projection: it is a cinema room and,
     * for 3D, lists {@link Equipment#THREE_D}. Asked when a screening is scheduled, and when a room
     * with screenings to come is revised, so neither can leave a screening in a room unfit for it.
     */
    public boolean playsIn(VenueDetails room) {
        return room.kind() == VenueKind.CINEMA_ROOM
                && (this == TWO_D || room.equipment().contains(Equipment.THREE_D));
    }
}
