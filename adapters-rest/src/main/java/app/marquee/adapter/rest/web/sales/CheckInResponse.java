package app.marquee.adapter.rest.web.sales;

import app.marquee.application.sales.checkin.DoorTicket;
import app.marquee.application.sales.checkin.DoorVerdict;
import app.marquee.domain.sales.checkin.CheckInResult;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** The door's answer to one scan: only VALID lets someone in. Never the holder's e-mail. */
@Serdeable
@Schema(name = "CheckInVerdict")
public record CheckInResponse(CheckInResult result,
                              @Nullable @Schema(nullable = true, description = "absent for FORGED and WRONG_SHOW")
                              TicketAtDoor ticket,
                              @Nullable @Schema(nullable = true, description = "the first entry: VALID (now) or ALREADY_USED")
                              Instant firstCheckedInAt) {

    static CheckInResponse of(DoorVerdict verdict) {
        return new CheckInResponse(verdict.result(), verdict.ticket().map(TicketAtDoor::of).orElse(null),
                verdict.firstCheckedInAt().orElse(null));
    }

    @Serdeable
    @Schema(name = "CheckInTicket")
    public record TicketAtDoor(UUID id, long number, @Nullable String seatLabel, @Nullable String areaName,
                               String tierName, @Nullable String holderName) {
        static TicketAtDoor of(DoorTicket door) {
            var labelled = door.labelled();
            return new TicketAtDoor(labelled.ticket().id().value(), labelled.ticket().number().value(),
                    labelled.seatLabel().orElse(null), labelled.areaName().orElse(null), labelled.tierName(),
                    door.holderName().isEmpty() ? null : door.holderName());
        }
    }
}
