package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.Fields;
import app.marquee.domain.sales.venue.Address;
import app.marquee.domain.sales.venue.Equipment;
import app.marquee.domain.sales.venue.VenueDetails;
import app.marquee.domain.sales.venue.VenueKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * Body of the venue routes. The edge checks presence and characters; the domain has the last word
 * on the rest (lengths, the country, the time zone), and a refusal names the field.
 */
final class VenueRequests {
    private VenueRequests() {
    }

    @Serdeable
    @Schema(name = "VenueWrite", description = "A venue as an operator writes it; its seat map is written apart")
    record VenueBody(
            @NotNull @Pattern(regexp = VenueHttp.NO_CONTROL) @Schema(example = "Salle 1", maxLength = 120) String name,
            @NotNull @Valid AddressBody address,
            @NotNull @Schema(description = "An IANA time zone", example = "Europe/Paris") String timeZone,
            @NotNull VenueKind kind,
            @Nullable @Size(max = 20) @Schema(description = "Absent: none") List<Equipment> equipment) {

        VenueDetails details() {
            Address checked = address.checked();
            ZoneId zone = Fields.parse("timeZone", () -> zone(timeZone));
            List<Equipment> listed = Fields.each("equipment", equipment, Objects::requireNonNull);
            return Fields.parse("name", () -> new VenueDetails(name, checked, zone, kind,
                    listed.isEmpty() ? EnumSet.noneOf(Equipment.class) : EnumSet.copyOf(listed)));
        }

        static VenueBody of(VenueDetails details) {
            return new VenueBody(details.name(), new AddressBody(details.address().lines(), details.address().city(),
                    details.address().postalCode(), details.address().country()), details.timeZone().getId(),
                    details.kind(), details.equipment().stream().sorted().toList());
        }

        private static ZoneId zone(String id) {
            if (!ZoneId.getAvailableZoneIds().contains(id)) {
                throw new IllegalArgumentException("not an IANA time zone: " + id);
            }
            return ZoneId.of(id);
        }
    }

    @Serdeable
    @Schema(name = "Address")
    record AddressBody(
            @NotNull @Size(min = 1, max = 3) @Schema(example = "[\"12 rue des Écoles\"]") List<String> lines,
            @NotNull @Pattern(regexp = VenueHttp.NO_CONTROL) @Schema(example = "Paris", maxLength = 100) String city,
            @Nullable @Pattern(regexp = VenueHttp.NO_CONTROL) @Schema(nullable = true, example = "75005",
                    maxLength = 20, description = "Absent or null where the country has none") String postalCode,
            @NotNull @Schema(description = "ISO 3166-1 alpha-2", example = "FR") String country) {

        Address checked() {
            String postal = postalCode == null ? "" : postalCode;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i) == null) {
                    throw Fields.invalid("address.lines[" + i + "]");
                }
                int index = i;
                Fields.parse("address.lines[" + i + "]",
                        () -> new Address(List.of(lines.get(index)), "x", "", "FR"));
            }
            return Fields.stepwise(List.of("address.city", "address.postalCode", "address.country"),
                    n -> new Address(lines, city, n >= 2 ? postal : "", n >= 3 ? country : "FR"));
        }
    }
}
