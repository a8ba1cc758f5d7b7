package app.marquee.adapter.rest.web.sales;

import app.marquee.application.sales.venue.VenueSummary;
import app.marquee.domain.sales.venue.Equipment;
import app.marquee.domain.sales.venue.Venue;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A venue; in its own page with its whole seat map, in a list without it ({@code seatMap: null}). */
@Serdeable
@Schema(name = "Venue")
public record VenueResponse(UUID id, @Schema(example = "Salle 1") String name, AddressResponse address,
                            @Schema(example = "Europe/Paris") String timeZone, VenueKind kind,
                            List<Equipment> equipment, long seatCount, long capacity,
                            @Nullable @Schema(nullable = true, description = "null in lists") SeatMapResponse seatMap,
                            Instant updatedAt, long version) {

    static VenueResponse of(Venue venue) {
        return of(venue.id().value(), venue.details(), venue.seatMap().seats().size(), venue.seatMap().capacity(),
                SeatMapResponse.of(venue.id().value(), venue.version(), venue.seatMap()), venue.updatedAt(),
                venue.version());
    }

    static VenueResponse of(VenueSummary summary) {
        return of(summary.id().value(), summary.details(), summary.seatCount(), summary.capacity(), null,
                summary.updatedAt(), summary.version());
    }

    private static VenueResponse of(UUID id, VenueDetails details, long seats, long capacity,
                                     @Nullable SeatMapResponse map, Instant updatedAt, long version) {
        return new VenueResponse(id, details.name(), new AddressResponse(details.address().lines(),
                details.address().city(), details.address().postalCode(), details.address().country()),
                details.timeZone().getId(), details.kind(), details.equipment().stream().sorted().toList(), seats,
                capacity, map, updatedAt, version);
    }

    @Serdeable
    @Schema(name = "VenueAddress")
    public record AddressResponse(List<String> lines, String city,
                                  @Schema(description = "Empty where the country has none") String postalCode,
                                  @Schema(example = "FR") String country) {
    }

    @Serdeable
    @Schema(name = "VenuePage")
    public record VenuePage(List<VenueResponse> items,
                            @Nullable @Schema(nullable = true, description = "Pass as cursor for the next page;"
                                    + " null on the last page") String nextCursor) {
    }
}
