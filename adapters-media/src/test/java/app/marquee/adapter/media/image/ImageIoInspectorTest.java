package app.marquee.adapter.media.image;

import app.marquee.domain.shared.image.ImageFacts;
import app.marquee.domain.shared.image.ImageFormat;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

class ImageIoInspectorTest {
    private final ImageIoInspector inspector = new ImageIoInspector();

    @Test
    void measuresAPngByDecodingIt() {
        assertThat(inspector.inspect(TestPictures.drawn("png", 200, 300)))
                .contains(new ImageFacts(ImageFormat.PNG, 200, 300));
    }

    @Test
    void measuresAJpeg() {
        assertThat(inspector.inspect(TestPictures.drawn("jpeg", 640, 360)))
                .contains(new ImageFacts(ImageFormat.JPEG, 640, 360));
    }

    @Test
    void measuresALosslessWebp() {
        assertThat(inspector.inspect(TestPictures.webp(120, 180)))
                .contains(new ImageFacts(ImageFormat.WEBP, 120, 180));
    }

    @Test
    void textNamedLikeAPictureIsNoPicture() {
        assertThat(inspector.inspect("hello, I am poster.png".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aWebpHeaderOnGarbageIsNoPicture() {
        byte[] garbage = TestPictures.webp(120, 180);
        Arrays.fill(garbage, 20, garbage.length, (byte) 0x5A);

        assertThat(inspector.inspect(garbage)).isEmpty();
    }

    @Test
    void aTruncatedPngOrJpegIsNoPicture() {
        byte[] png = TestPictures.drawn("png", 400, 600);
        byte[] jpeg = TestPictures.drawn("jpeg", 640, 360);

        assertThat(inspector.inspect(Arrays.copyOf(png, png.length / 2))).isEmpty();
        assertThat(inspector.inspect(Arrays.copyOf(jpeg, jpeg.length / 2))).isEmpty();
    }

    @Test
    void aDecompressionBombIsMeasuredFromItsHeaderAndNeverDecoded() {
        byte[] bomb = pngHeaderOnly(100_000, 100_000);

        assertThat(inspector.inspect(bomb)).contains(new ImageFacts(ImageFormat.PNG, 100_000, 100_000));
    }

    /** A PNG signature and IHDR chunk announcing a huge RGB picture, and no pixel data at all. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).order(ByteOrder.BIG_ENDIAN);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4).order(ByteOrder.BIG_ENDIAN);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}).putInt(13).put(ihdr.array())
                .putInt((int) crc.getValue());
        return png.array();
    }
}
