package app.marquee.domain.sales.screening;

import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.Equipment;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueKind;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectionTest {

    @Test
    void twoDPlaysInAnyCinemaRoomAndThreeDOnlyInOneEquippedForIt() {
        VenueDetails plain = venue(VenueKind.CINEMA_ROOM, Set.of(Equipment.DOLBY_ATMOS));
        VenueDetails threeD = venue(VenueKind.CINEMA_ROOM, Set.of(Equipment.THREE_D));

        assertThat(Projection.TWO_D.playsIn(plain)).isTrue();
        assertThat(Projection.THREE_D.playsIn(plain)).isFalse();
        assertThat(Projection.THREE_D.playsIn(threeD)).isTrue();
    }

    @Test
    void nothingPlaysOutsideACinemaRoomWhateverItsEquipment() {
        VenueDetails hall = venue(VenueKind.HALL, Set.of(Equipment.THREE_D));

        assertThat(Projection.TWO_D.playsIn(hall)).isFalse();
        assertThat(Projection.THREE_D.playsIn(hall)).isFalse();
    }

    private static VenueDetails venue(VenueKind kind, Set<Equipment> equipment) {
        return new VenueDetails("Salle", new Address(List.of("1 rue du Cinéma"), "Paris", "75005", "FR"),
                ZoneId.of("Europe/Paris"), kind, equipment);
    }
}
