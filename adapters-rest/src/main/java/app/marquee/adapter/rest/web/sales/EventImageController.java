package app.marquee.adapter.rest.web.sales;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.adapter.rest.web.image.ImageDownloadResponses;
import app.marquee.adapter.rest.web.image.ImageHttp;
import app.marquee.adapter.rest.web.image.ImageRead;
import app.marquee.adapter.rest.web.image.ImageUploadResponses;
import app.marquee.application.sales.event.port.in.AttachEventImageUseCase;
import app.marquee.application.sales.event.port.in.EventImageQuery;
import app.marquee.application.sales.event.port.in.ViewEventQuery;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * An event's poster and backdrop: its organiser (or an ADMIN) uploads them as multipart form data
 * (the file part), checked as titles' pictures are; whoever may see the event gets the bytes,
 * cached by anyone for a day once the event is on sale, revalidated by digest.
 */
@Controller("/api/v1/events/{id}/images/{slot}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sales: events")
@ApiResponse(responseCode = "400", description = "INVALID_VALUE (id, If-Match, or slot other than poster and"
        + " backdrop), MISSING_VALUE (file)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
public class EventImageController {
    private final AttachEventImageUseCase attach;
    private final EventImageQuery images;
    private final ViewEventQuery view;

    public EventImageController(AttachEventImageUseCase attach, EventImageQuery images, ViewEventQuery view) {
        this.attach = attach;
        this.images = images;
        this.view = view;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({VenueHttp.OPERATOR, VenueHttp.ADMIN})
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "uploadEventImage", summary = "Upload an event's poster or backdrop",
            description = "Multipart form data with a file part, judged as a title's picture: JPEG, PNG or WebP, at"
                    + " most 5 MiB, recognised by its content (never its name) and decoded through; each side 64-8000"
                    + " px; a poster stands upright (height 1 to 2.5 times the width), a backdrop lies flat (width 1.2"
                    + " to 3 times the height). Replaces the picture shown. With If-Match, an event changed since is"
                    + " refused (412); without it, losing a race is 409.")
    @ApiResponse(responseCode = "200", description = "The event, with its new ETag")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an OPERATOR or an ADMIN", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "EVENT_NOT_FOUND (also another organiser's event)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "EVENT_CANCELLED, CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ImageUploadResponses
    public HttpResponse<EventResponse> upload(@PathVariable UUID id,
                                              @Parameter(schema = @Schema(allowableValues = {"poster", "backdrop"}))
                                              @PathVariable String slot,
                                              @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                              @Part("file") CompletedFileUpload file, Authentication caller) {
        AttachEventImageUseCase.Command command = new AttachEventImageUseCase.Command(new EventId(id),
                SalesCallers.editor(caller), ImageHttp.slot(slot), ImageHttp.bytes(file), ETags.expectedVersion(ifMatch));
        Event event = Outcomes.accepted(attach.attach(command));
        return HttpResponse.ok(EventResponse.of(view.asBuyersSee(List.of(event)).get(0)))
                .header(HttpHeaders.ETAG, ETags.of(event.version()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getEventImage", summary = "An event's poster or backdrop",
            description = "The picture as uploaded, with its media type. The ETag is its SHA-256; If-None-Match with"
                    + " it gets 304. An event on sale has pictures cacheable by anyone for a day; a draft's or a"
                    + " cancelled event's are for its organiser and ADMINs only and never kept by shared caches.")
    @ImageDownloadResponses
    @ApiResponse(responseCode = "404", description = "EVENT_NOT_FOUND (also a draft or cancelled event to anyone but"
            + " its organiser and ADMINs), IMAGE_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public HttpResponse<byte[]> get(@RequestBean ImageRead read, @Nullable Authentication caller) {
        return ImageHttp.served(Outcomes.accepted(images.image(new EventId(read.id()), ImageHttp.slot(read.slot()),
                SalesCallers.reader(caller))), read.ifNoneMatch());
    }
}
