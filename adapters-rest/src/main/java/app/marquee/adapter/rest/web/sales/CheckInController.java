package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.sales.CheckInRequests.CheckInBody;
import app.marquee.adapter.rest.web.sales.CheckInRequests.HolderBody;
import app.marquee.application.sales.checkin.port.in.CheckInTicketUseCase;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.sales.show.ShowId;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import java.util.Optional;

/** The door: scanned ticket codes checked against a show, by its organiser's staff. */
@Controller("/api/v1/checkin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
@SecurityRequirement(name = "bearerAuth")
@Tag(name = "Sales: check-in", description = "Ticket codes scanned at a show's door")
public class CheckInController {
    private final CheckInTicketUseCase checkIn;

    public CheckInController(CheckInTicketUseCase checkIn) {
        this.checkIn = checkIn;
    }

    @Post
    @Status(HttpStatus.OK)
    @Operation(operationId = "checkIn", summary = "Check a scanned ticket code in at a show's door",
            description = "By the OPERATOR who owns the show's event, or an ADMIN; a screening's by any OPERATOR or"
                    + " ADMIN (the box office). Every scan is answered 200 with its result: VALID (the entry is"
                    + " recorded now, once, however many doors scan it at the same moment), ALREADY_USED (with"
                    + " firstCheckedInAt), FORGED (not a code, or a signature the server did not make), WRONG_SHOW"
                    + " (a genuine ticket of another show), CANCELLED (its order was cancelled), WRONG_HOLDER (holder"
                    + " given, by account id or e-mail, and not the ticket's holder; an unknown e-mail too).")
    @ApiResponse(responseCode = "200", description = "The verdict",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CheckInResponse.class)))
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, MALFORMED_JSON, INVALID_VALUE (holder: both"
            + " accountId and email)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "No valid access token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "FORBIDDEN: not an OPERATOR or ADMIN",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "SHOW_NOT_FOUND (also another organiser's show)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CheckInResponse checkIn(@Body @Valid CheckInBody body, Authentication caller) {
        Optional<HolderBody> holder = Optional.ofNullable(body.holder());
        if (holder.filter(h -> h.accountId() != null && h.email() != null).isPresent()) {
            throw Fields.invalid("holder");
        }
        Optional<AccountId> account = holder.map(HolderBody::accountId).map(AccountId::new);
        Optional<EmailAddress> email = holder.map(HolderBody::email)
                .map(text -> Fields.parse("holder.email", () -> new EmailAddress(text)));
        return CheckInResponse.of(Outcomes.accepted(checkIn.checkIn(new CheckInTicketUseCase.Command(
                new ShowId(body.showId()), body.code(), SalesCallers.editor(caller), account, email))));
    }
}
