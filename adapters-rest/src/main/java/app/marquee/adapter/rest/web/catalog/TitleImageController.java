package app.marquee.adapter.rest.web.catalog;

import app.marquee.adapter.rest.problem.Problem;
import app.marquee.adapter.rest.problem.ProblemMessages;
import app.marquee.adapter.rest.web.Outcomes;
import app.marquee.adapter.rest.web.image.ImageDownloadResponses;
import app.marquee.adapter.rest.web.image.ImageHttp;
import app.marquee.adapter.rest.web.image.ImageRead;
import app.marquee.adapter.rest.web.image.ImageUploadResponses;
import app.marquee.application.catalog.port.in.AttachTitleImageUseCase;
import app.marquee.application.catalog.port.in.TitleImageQuery;
import app.marquee.application.catalog.port.in.ViewTitleQuery;
import app.marquee.application.catalog.port.in.ViewTitleQuery.TitleView;
import app.marquee.domain.shared.image.ImageSlot;
import app.marquee.domain.catalog.title.TitleId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
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

import java.util.Optional;
import java.util.UUID;

/**
 * A title's poster and backdrop: admins upload them as multipart form data (the file part), and
 * whoever may see the title gets the bytes, cached for a day and revalidated by digest.
 */
@Controller("/api/v1/titles/{id}/images/{slot}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Catalog: titles")
@ApiResponse(responseCode = "400", description = "INVALID_VALUE (id, or slot other than poster and backdrop),"
        + " MISSING_VALUE (file)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
public class TitleImageController {
    private final AttachTitleImageUseCase attach;
    private final TitleImageQuery images;
    private final ViewTitleQuery view;
    private final ProblemMessages messages;

    public TitleImageController(AttachTitleImageUseCase attach, TitleImageQuery images, ViewTitleQuery view,
                                ProblemMessages messages) {
        this.attach = attach;
        this.images = images;
        this.view = view;
        this.messages = messages;
    }

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(CatalogHttp.ADMIN)
    @SecurityRequirement(name = "bearerAuth")
    @Operation(operationId = "uploadTitleImage", summary = "Upload a title's poster or backdrop",
            description = "Multipart form data with a file part: JPEG, PNG or WebP, at most 5 MiB, recognised by its"
                    + " content (never its name) and decoded through. Each side 64-8000 px; a poster stands upright"
                    + " (height 1 to 2.5 times the width), a backdrop lies flat (width 1.2 to 3 times the height)."
                    + " Replaces the picture shown. With If-Match, a title changed since is refused (412).")
    @ApiResponse(responseCode = "200", description = "The title, with its new ETag")
    @ApiResponse(responseCode = "401", description = "No valid access token", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "403", description = "Not an ADMIN", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "409", description = "TITLE_ARCHIVED, CONCURRENT_UPDATE", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "412", description = "VERSION_MISMATCH", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ImageUploadResponses
    public HttpResponse<TitleResponse> upload(@PathVariable UUID id,
                                              @Parameter(schema = @Schema(allowableValues = {"poster", "backdrop"}))
                                              @PathVariable String slot,
                                              @Header(ETags.IF_MATCH) @Nullable String ifMatch,
                                              @Part("file") CompletedFileUpload file, HttpRequest<?> request) {
        ImageSlot imageSlot = ImageHttp.slot(slot);
        TitleId titleId = new TitleId(id);
        byte[] bytes = ImageHttp.bytes(file);
        TitleView current = Outcomes.accepted(view.view(titleId, true));
        Optional<Long> expected = ETags.expectedVersion(ifMatch, current.title().version(), Optional.empty());
        Outcomes.accepted(attach.attach(new AttachTitleImageUseCase.Command(titleId, imageSlot, bytes, expected)));
        TitleView shown = Outcomes.accepted(view.view(titleId, true));
        return HttpResponse.ok(TitleResponse.of(shown, messages.localeOf(request)))
                .header(HttpHeaders.ETAG, ETags.of(shown.title().version()));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(operationId = "getTitleImage", summary = "A title's poster or backdrop",
            description = "The picture as uploaded, with its media type. The ETag is its SHA-256; If-None-Match"
                    + " with it gets 304. Published titles' pictures are cacheable by anyone for a day; drafts' and"
                    + " archived titles' are for admins only and never kept by shared caches.")
    @ImageDownloadResponses
    @ApiResponse(responseCode = "404", description = "TITLE_NOT_FOUND (also for drafts and archived titles unless"
            + " ADMIN), IMAGE_NOT_FOUND", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public HttpResponse<byte[]> get(@RequestBean ImageRead read, @Nullable Authentication caller) {
        return ImageHttp.served(Outcomes.accepted(images.image(new TitleId(read.id()), ImageHttp.slot(read.slot()),
                CatalogHttp.isAdmin(caller))), read.ifNoneMatch());
    }
}
