package app.marquee.adapter.media.image;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Pictures made on the spot: PNG and JPEG by the JDK's writers, WebP bit by bit (no writer ships). */
final class TestPictures {
    private TestPictures() {
    }

    static byte[] drawn(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A lossless WebP (VP8L) of one colour: the header, no transform, no colour cache, and five
     * prefix codes of a single symbol each, so every pixel costs zero bits whatever the size. Zero
     * bytes pad the bitstream: TwelveMonkeys' bit reader reads ahead eight bytes at a time.
     */
    static byte[] webp(int width, int height) {
        Bits bits = new Bits();
        bits.put(0x2F, 8);
        bits.put(width - 1, 14);
        bits.put(height - 1, 14);
        bits.put(0, 1);
        bits.put(0, 3);
        bits.put(0, 1);
        bits.put(0, 1);
        bits.put(0, 1);
        for (int symbol : new int[] {160, 40, 90, 255}) {
            bits.put(1, 1);
            bits.put(0, 1);
            bits.put(1, 1);
            bits.put(symbol, 8);
        }
        bits.put(1, 1);
        bits.put(0, 1);
        bits.put(0, 1);
        bits.put(0, 1);
        byte[] vp8l = Arrays.copyOf(bits.bytes(), 24);
        int padded = vp8l.length + (vp8l.length % 2);
        ByteBuffer riff = ByteBuffer.allocate(20 + padded).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + padded)
                .put("WEBP".getBytes(StandardCharsets.US_ASCII)).put("VP8L".getBytes(StandardCharsets.US_ASCII))
                .putInt(vp8l.length).put(vp8l);
        return riff.array();
    }

    /** Bits written least significant first, as VP8L reads them. */
    private static final class Bits {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private int current;
        private int used;

        void put(int value, int count) {
            for (int i = 0; i < count; i++) {
                current |= ((value >>> i) & 1) << used;
                if (++used == 8) {
                    out.write(current);
                    current = 0;
                    used = 0;
                }
            }
        }

        byte[] bytes() {
            if (used > 0) {
                out.write(current);
                current = 0;
                used = 0;
            }
            return out.toByteArray();
        }
    }
}
