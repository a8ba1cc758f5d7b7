package app.marquee.domain.shared.image;

import java.util.Objects;

/**
 * A stored, validated picture: where the blob store keeps it, its media type, its size in
 * pixels and bytes, and a digest that serves as its ETag.
 */
public record ImageRef(String blobKey, String mediaType, int width, int height, long bytes, String sha256) {
    public ImageRef {
        Objects.requireNonNull(blobKey, "blobKey");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(sha256, "sha256");
        if (width < 1 || height < 1 || bytes < 1) {
            throw new IllegalArgumentException("an image has a size");
        }
    }
}
