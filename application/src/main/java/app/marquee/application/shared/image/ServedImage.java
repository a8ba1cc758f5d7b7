package app.marquee.application.shared.image;

import app.marquee.domain.shared.image.ImageRef;

import java.util.Objects;

/**
 * A picture to send: its reference (media type, digest for the ETag), its bytes, and whether
 * anybody may see what it illustrates, and so whether shared caches may keep it.
 */
public record ServedImage(ImageRef ref, byte[] bytes, boolean forEveryone) {
    public ServedImage {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(bytes, "bytes");
    }
}
