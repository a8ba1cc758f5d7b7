package app.marquee.adapter.rest.web.sales;

import app.marquee.domain.sales.venue.Area;
import app.marquee.domain.sales.venue.Row;
import app.marquee.domain.sales.venue.Seat;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatMap;
import app.marquee.domain.sales.venue.Section;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A venue's whole seat map: sections, rows front to back, seats left to right; then its areas. */
@Serdeable
@Schema(name = "SeatMap")
public record SeatMapResponse(UUID venueId, long version,
                              @Schema(description = "Numbered seats") long seatCount,
                              @Schema(description = "Seats plus the capacity of every area") long capacity,
                              List<SectionResponse> sections, List<AreaResponse> areas) {

    static SeatMapResponse of(UUID venueId, long version, SeatMap map) {
        return new SeatMapResponse(venueId, version, map.seats().size(), map.capacity(),
                map.sections().stream().map(SectionResponse::of).toList(),
                map.areas().stream().map(AreaResponse::of).toList());
    }

    @Serdeable
    @Schema(name = "Section")
    public record SectionResponse(@Schema(example = "Orchestra") String name, List<RowResponse> rows) {
        static SectionResponse of(Section section) {
            return new SectionResponse(section.name(), section.rows().stream().map(RowResponse::of).toList());
        }
    }

    @Serdeable
    @Schema(name = "Row")
    public record RowResponse(@Schema(example = "A") String label,
                              @Schema(description = "0 for the front row") int index, List<SeatResponse> seats) {
        static RowResponse of(Row row) {
            return new RowResponse(row.label(), row.index(), row.seats().stream().map(SeatResponse::of).toList());
        }
    }

    @Serdeable
    @Schema(name = "Seat")
    public record SeatResponse(UUID id, @Schema(example = "Orchestra A-12") String label, int number,
                               @Schema(description = "Place along the row, counting aisles and missing seats: seats"
                                       + " are side by side when their positions differ by one") int position,
                               SeatKind kind) {
        static SeatResponse of(Seat seat) {
            return new SeatResponse(seat.id().value(), seat.label(), seat.number(), seat.position(), seat.kind());
        }
    }

    @Serdeable
    @Schema(name = "Area")
    public record AreaResponse(UUID id, @Schema(example = "Standing") String name, int capacity) {
        static AreaResponse of(Area area) {
            return new AreaResponse(area.id().value(), area.name(), area.capacity());
        }
    }

    /** A map just written, with the places the previous one had and this one has not. */
    @Serdeable
    @Schema(name = "SeatMapReplacement")
    public record Replacement(SeatMapResponse seatMap,
                              @Schema(description = "Seats of the previous map that are gone") List<RemovedPlace>
                                      removedSeats,
                              @Schema(description = "Areas of the previous map that are gone") List<RemovedPlace>
                                      removedAreas) {
    }

    @Serdeable
    @Schema(name = "RemovedPlace")
    public record RemovedPlace(UUID id, @Schema(example = "Orchestra L-19") String label) {
    }
}
