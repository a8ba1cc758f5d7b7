package app.marquee.domain.shared.image;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ImageFormatTest {

    @Test
    void recognisesPngJpegAndWebpByTheirFirstBytes() {
        assertThat(ImageFormat.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains(ImageFormat.PNG);
        assertThat(ImageFormat.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.sniff(ascii("RIFF\u0000\u0000\u0000\u0000WEBPVP8L"))).contains(ImageFormat.WEBP);
    }

    @Test
    void textGifsAndOtherRiffFilesAreNoneOfOurs() {
        assertThat(ImageFormat.sniff(ascii("just some text, named poster.png"))).isEmpty();
        assertThat(ImageFormat.sniff(ascii("GIF89a\u0001\u0000\u0001\u0000"))).isEmpty();
        assertThat(ImageFormat.sniff(ascii("RIFF\u0000\u0000\u0000\u0000WAVEfmt "))).isEmpty();
        assertThat(ImageFormat.sniff(bytes(0x89, 'P', 'N'))).isEmpty();
        assertThat(ImageFormat.sniff(new byte[0])).isEmpty();
    }

    @Test
    void eachFormatHasItsMediaType() {
        assertThat(ImageFormat.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(ImageFormat.PNG.mediaType()).isEqualTo("image/png");
        assertThat(ImageFormat.WEBP.mediaType()).isEqualTo("image/webp");
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
