package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.web.EmailShape;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The body of {@code POST /api/v1/checkin}: the show at whose door, the scanned text, and who presents it. */
final class CheckInRequests {
    private CheckInRequests() {
    }

    @Serdeable
    @Schema(name = "CheckIn")
    record CheckInBody(@NotNull UUID showId,
                       @NotNull @Size(max = 400) @Schema(description = "The QR code's text, as scanned",
                               example = "MQ1.<ticketId>.<showId>.<signature>") String code,
                       @Nullable @Valid HolderBody holder) {
    }

    @Serdeable
    @Schema(name = "CheckInHolder", description = "Who presents the ticket, when the door staff checked: one of the two")
    record HolderBody(@Nullable UUID accountId, @Nullable @EmailShape @Size(max = 254) String email) {
    }
}
