package app.marquee.domain.shared.image;

import java.util.Objects;

/** What decoding a picture's content told: its real format and its size in pixels. */
public record ImageFacts(ImageFormat format, int width, int height) {
    public ImageFacts {
        Objects.requireNonNull(format, "format");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a decoded image has at least one pixel each way");
        }
    }
}
