package app.marquee.domain.shared.image;

import app.marquee.domain.shared.Rejection;

import java.util.Optional;

/**
 * Which pictures a title may show. A file is at most 5 MiB; each side measures 64 to 8,000
 * pixels, so a thumbnail is never stretched and a decompression bomb never decoded. A poster
 * stands upright (at least as tall as wide, at most 2.5 times as tall: 2:3 and 27:40 fit); a
 * backdrop lies flat (at least 1.2 and at most 3 times as wide as tall: 16:9 and 2.39:1 fit).
 */
public final class ImagePolicy {
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MIN_SIDE = 64;
    public static final int MAX_SIDE = 8000;

    /** The first check, before anything reads the content. */
    public Optional<Rejection> admitsSize(long bytes) {
        if (bytes > MAX_BYTES) {
            return Optional.of(Rejection.onField(ImageRejection.IMAGE_TOO_LARGE, "file"));
        }
        if (bytes < 1) {
            return Optional.of(Rejection.onField(ImageRejection.IMAGE_UNREADABLE, "file"));
        }
        return Optional.empty();
    }

    /** Whether a decoded picture fits the slot. */
    public Optional<Rejection> admits(ImageSlot slot, ImageFacts facts) {
        int width = facts.width();
        int height = facts.height();
        if (outOfRange(width) || outOfRange(height) || !fits(slot, width, height)) {
            return Optional.of(Rejection.onField(ImageRejection.IMAGE_DIMENSIONS, "file"));
        }
        return Optional.empty();
    }

    private static boolean outOfRange(int side) {
        return side < MIN_SIDE || side > MAX_SIDE;
    }

    private static boolean fits(ImageSlot slot, long width, long height) {
        return switch (slot) {
            case POSTER -> height >= width && height * 2 <= width * 5;
            case BACKDROP -> width * 5 >= height * 6 && width <= height * 3;
        };
    }
}
