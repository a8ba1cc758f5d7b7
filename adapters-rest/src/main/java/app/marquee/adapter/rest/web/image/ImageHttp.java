package app.marquee.adapter.rest.web.image;

import app.marquee.adapter.rest.problem.RejectedException;
import app.marquee.adapter.rest.web.Fields;
import app.marquee.adapter.rest.web.catalog.ETags;
import app.marquee.application.shared.image.ServedImage;
import app.marquee.domain.shared.Rejection;
import app.marquee.domain.shared.image.ImagePolicy;
import app.marquee.domain.shared.image.ImageRejection;
import app.marquee.domain.shared.image.ImageSlot;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The HTTP side of pictures, the same for titles and events: the slot in the path ("poster" or
 * "backdrop", else a 400 naming it), the file part read only when it is at most 5 MiB, and the
 * picture sent back with its digest as ETag (304 on a match), cached for a day by anyone when
 * anybody may see it, else kept private and revalidated each time.
 */
public final class ImageHttp {
    static final String CACHE_FOR_EVERYONE = "public, max-age=86400";
    static final String CACHE_PRIVATE = "private, no-cache";

    private ImageHttp() {
    }

    public static ImageSlot slot(String slot) {
        return switch (slot) {
            case "poster" -> ImageSlot.POSTER;
            case "backdrop" -> ImageSlot.BACKDROP;
            default -> throw Fields.invalid("slot");
        };
    }

    /** The upload's bytes; IMAGE_TOO_LARGE without reading them when it is over 5 MiB. */
    public static byte[] bytes(CompletedFileUpload file) {
        if (file.getSize() > ImagePolicy.MAX_BYTES) {
            throw new RejectedException(Rejection.onField(ImageRejection.IMAGE_TOO_LARGE, "file"));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static HttpResponse<byte[]> served(ServedImage image, @Nullable String ifNoneMatch) {
        String etag = ETags.quoted(image.ref().sha256());
        String cacheControl = image.forEveryone() ? CACHE_FOR_EVERYONE : CACHE_PRIVATE;
        if (ETags.noneMatchHits(ifNoneMatch, image.ref().sha256())) {
            return HttpResponse.<byte[]>notModified().header(HttpHeaders.ETAG, etag)
                    .header(HttpHeaders.CACHE_CONTROL, cacheControl);
        }
        return HttpResponse.ok(image.bytes()).contentType(MediaType.of(image.ref().mediaType()))
                .header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header("X-Content-Type-Options", "nosniff");
    }
}
