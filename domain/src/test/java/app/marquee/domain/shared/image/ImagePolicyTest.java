package app.marquee.domain.shared.image;

import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ImagePolicyTest {
    private static final Optional<Rejection> DIMENSIONS =
            Optional.of(Rejection.onField(ImageRejection.IMAGE_DIMENSIONS, "file"));
    private final ImagePolicy policy = new ImagePolicy();

    @Test
    void aFileOfFiveMebibytesIsTheLargestAccepted() {
        assertThat(policy.admitsSize(5L * 1024 * 1024)).isEmpty();
        assertThat(policy.admitsSize(5L * 1024 * 1024 + 1))
                .contains(Rejection.onField(ImageRejection.IMAGE_TOO_LARGE, "file"));
        assertThat(policy.admitsSize(0)).contains(Rejection.onField(ImageRejection.IMAGE_UNREADABLE, "file"));
    }

    @Test
    void eachSideMeasuresSixtyFourToEightThousandPixels() {
        assertThat(policy.admits(ImageSlot.POSTER, png(64, 96))).isEmpty();
        assertThat(policy.admits(ImageSlot.POSTER, png(63, 95))).isEqualTo(DIMENSIONS);
        assertThat(policy.admits(ImageSlot.BACKDROP, png(8000, 4500))).isEmpty();
        assertThat(policy.admits(ImageSlot.BACKDROP, png(8001, 4500))).isEqualTo(DIMENSIONS);
        assertThat(policy.admits(ImageSlot.BACKDROP, png(100, 63))).isEqualTo(DIMENSIONS);
    }

    @Test
    void aPosterStandsUpright() {
        assertThat(policy.admits(ImageSlot.POSTER, png(1000, 1500))).isEmpty();
        assertThat(policy.admits(ImageSlot.POSTER, png(2000, 2963))).isEmpty();
        assertThat(policy.admits(ImageSlot.POSTER, png(800, 800))).isEmpty();
        assertThat(policy.admits(ImageSlot.POSTER, png(400, 1000))).isEmpty();
        assertThat(policy.admits(ImageSlot.POSTER, png(399, 1000))).isEqualTo(DIMENSIONS);
        assertThat(policy.admits(ImageSlot.POSTER, png(1920, 1080))).isEqualTo(DIMENSIONS);
    }

    @Test
    void aBackdropLiesFlat() {
        assertThat(policy.admits(ImageSlot.BACKDROP, png(1920, 1080))).isEmpty();
        assertThat(policy.admits(ImageSlot.BACKDROP, png(2390, 1000))).isEmpty();
        assertThat(policy.admits(ImageSlot.BACKDROP, png(120, 100))).isEmpty();
        assertThat(policy.admits(ImageSlot.BACKDROP, png(3000, 1000))).isEmpty();
        assertThat(policy.admits(ImageSlot.BACKDROP, png(3001, 1000))).isEqualTo(DIMENSIONS);
        assertThat(policy.admits(ImageSlot.BACKDROP, png(119, 100))).isEqualTo(DIMENSIONS);
        assertThat(policy.admits(ImageSlot.BACKDROP, png(1000, 1500))).isEqualTo(DIMENSIONS);
    }

    private static ImageFacts png(int width, int height) {
        return new ImageFacts(ImageFormat.PNG, width, height);
    }
}
