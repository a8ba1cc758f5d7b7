package app.marquee.adapter.rest.web.image;

import app.marquee.adapter.rest.problem.Problem;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The refusals of a picture upload, the same for every kind of picture, documented once. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@ApiResponse(responseCode = "413", description = "IMAGE_TOO_LARGE (over 5 MiB), PAYLOAD_TOO_LARGE (request over"
        + " 6 MiB)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "415", description = "IMAGE_FORMAT_UNSUPPORTED (content neither JPEG, PNG nor WebP),"
        + " UNSUPPORTED_MEDIA_TYPE (not multipart)", content = @Content(mediaType = Problem.MEDIA_TYPE,
        schema = @Schema(implementation = Problem.class)))
@ApiResponse(responseCode = "422", description = "IMAGE_UNREADABLE, IMAGE_DIMENSIONS", content = @Content(
        mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public @interface ImageUploadResponses {
}
