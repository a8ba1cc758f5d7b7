package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.domain.sales.venue.SeatKind;
import app.marquee.domain.sales.venue.SeatLayout;
import app.marquee.domain.sales.venue.SeatMapPlan;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/** Body of {@code PUT /venues/{id}/seat-map}: sections as compact layouts, and general-admission areas. */
final class SeatMapRequests {
    private SeatMapRequests() {
    }

    @Serdeable
    @Schema(name = "SeatMapWrite", description = "The whole seat map; absent lists are empty. At most 100,000 places.")
    record SeatMapBody(@Nullable @Size(max = 100) @Valid List<SectionBody> sections,
                       @Nullable @Size(max = 100) @Valid List<AreaBody> areas) {

        SeatMapPlan plan() {
            List<SectionBody> given = sections == null ? List.of() : sections;
            for (int i = 0; i < given.size(); i++) {
                if (given.get(i) == null) {
                    throw Fields.invalid("sections[" + i + "]");
                }
            }
            List<SeatLayout> layouts = new ArrayList<>();
            for (int i = 0; i < given.size(); i++) {
                layouts.add(given.get(i).layout("sections[" + i + "]"));
            }
            List<SeatMapPlan.AreaPlan> planned = new ArrayList<>();
            List<AreaBody> givenAreas = areas == null ? List.of() : areas;
            for (int i = 0; i < givenAreas.size(); i++) {
                AreaBody area = givenAreas.get(i);
                if (area == null) {
                    throw Fields.invalid("areas[" + i + "]");
                }
                String name = Fields.parse("areas[" + i + "].name", () -> new SeatMapPlan.AreaPlan(area.name(), 1).name());
                planned.add(Fields.parse("areas[" + i + "].capacity",
                        () -> new SeatMapPlan.AreaPlan(name, area.capacity())));
            }
            return new SeatMapPlan(layouts, planned);
        }
    }

    @Serdeable
    @Schema(name = "SectionLayout", description = "Rows of numbered seats in compact form")
    record SectionBody(
            @NotNull @Pattern(regexp = VenueHttp.NO_CONTROL) @Schema(example = "Orchestra", maxLength = 60) String name,
            @NotNull @Schema(description = "Rows front to back: letters, ranges and commas", example = "A-M")
            String rows,
            @NotNull @Schema(description = "Seat numbers left to right, 1-999", example = "1-20") String seats,
            @Nullable @Size(max = 50) @Schema(description = "An aisle after these seats in every row", example = "[10]")
            List<Integer> aislesAfter,
            @Nullable @Size(max = 200) @Valid List<RowAisleBody> rowAisles,
            @Nullable @Size(max = 1000) @Valid List<KindExceptionBody> exceptions,
            @Nullable @Size(max = 1000) @Schema(description = "Seats that do not exist", example = "[\"L19-20\"]")
            List<String> missing) {

        SeatLayout layout(String at) {
            List<Integer> aisles = Fields.each(at + ".aislesAfter", aislesAfter, SeatMapRequests::present);
            List<SeatLayout.RowAisle> byRow = Fields.each(at + ".rowAisles", rowAisles,
                    aisle -> new SeatLayout.RowAisle(aisle.rows(), present(aisle.after())));
            List<SeatLayout.KindException> kinds = Fields.each(at + ".exceptions", exceptions,
                    exception -> new SeatLayout.KindException(exception.seats(), exception.kind()));
            List<String> absent = Fields.each(at + ".missing", missing, SeatMapRequests::present);
            return Fields.parse(at + ".name",
                    () -> new SeatLayout(name, rows, seats, aisles, byRow, kinds, absent));
        }
    }

    /** A value the domain needs; a missing one is refused like any other (INVALID_VALUE on its field). */
    private static <T> T present(T value) {
        if (value == null) {
            throw new IllegalArgumentException("required");
        }
        return value;
    }

    @Serdeable
    @Schema(name = "RowAisle", description = "An aisle after one seat in some rows only")
    record RowAisleBody(@NotNull @Schema(example = "A-C") String rows, @NotNull @Schema(example = "4") Integer after) {
    }

    @Serdeable
    @Schema(name = "SeatKindException", description = "Seats of another kind than STANDARD; later ones win")
    record KindExceptionBody(
            @NotNull @Schema(description = "A row and a seat or a range of seats, or a whole row", example = "A1-2")
            String seats,
            @NotNull SeatKind kind) {
    }

    @Serdeable
    @Schema(name = "AreaWrite", description = "A general-admission area")
    record AreaBody(@NotNull @Pattern(regexp = VenueHttp.NO_CONTROL) @Schema(example = "Standing", maxLength = 60)
                    String name,
                    @NotNull @Schema(description = "At least 1", example = "300") Integer capacity) {
    }
}
