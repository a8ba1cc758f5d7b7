package app.marquee.adapter.media.image;

import app.marquee.application.shared.image.port.out.InspectImagePort;
import app.marquee.domain.shared.image.ImageFacts;
import app.marquee.domain.shared.image.ImageFormat;
import app.marquee.domain.shared.image.ImagePolicy;
import jakarta.inject.Singleton;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Inspects pictures with javax.imageio (PNG and JPEG from the JDK, WebP from TwelveMonkeys). The
 * magic bytes choose the one reader to use, never a file name or a guess among all readers. The
 * size comes from the header first; a picture larger than any slot accepts is reported as it is
 * without being decoded (a decompression bomb costs nothing), and any other is decoded through
 * to its last pixel, subsampled to keep memory small, so a truncated or corrupt file is caught.
 */
@Singleton
public class ImageIoInspector implements InspectImagePort {
    /** Decoded pixels kept in memory at most, whatever the picture's size: about 1 megapixel. */
    private static final long DECODED_PIXELS = 1L << 20;
    private static final Map<ImageFormat, String> READERS = Map.of(ImageFormat.JPEG, "jpeg",
            ImageFormat.PNG, "png", ImageFormat.WEBP, "webp");

    public ImageIoInspector() {
        if (!ImageIO.getImageReadersByFormatName("webp").hasNext()) {
            ImageIO.scanForPlugins();
        }
    }

    @Override
    public Optional<ImageFacts> inspect(byte[] content) {
        Optional<ImageFormat> format = ImageFormat.sniff(content);
        if (format.isEmpty()) {
            return Optional.empty();
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(READERS.get(format.get()));
        if (!readers.hasNext()) {
            return Optional.empty();
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            ImageFacts facts = new ImageFacts(format.get(), reader.getWidth(0), reader.getHeight(0));
            if (tooLargeToDecode(facts)) {
                return Optional.of(facts);
            }
            return decodes(reader, facts) ? Optional.of(facts) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        } finally {
            reader.dispose();
        }
    }

    private static boolean tooLargeToDecode(ImageFacts facts) {
        return facts.width() > ImagePolicy.MAX_SIDE || facts.height() > ImagePolicy.MAX_SIDE;
    }

    private static boolean decodes(ImageReader reader, ImageFacts facts) throws IOException {
        ReadWarnings warnings = new ReadWarnings();
        reader.addIIOReadWarningListener(warnings);
        ImageReadParam param = reader.getDefaultReadParam();
        long pixels = (long) facts.width() * facts.height();
        int step = (int) Math.ceil(Math.sqrt((double) pixels / DECODED_PIXELS));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return reader.read(0, param) != null && !warnings.any();
    }
}
