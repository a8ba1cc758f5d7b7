package app.marquee.adapter.media.image;

import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;

/**
 * Remembers that a reader complained. The JDK's JPEG reader does not fail on a truncated file: it
 * warns ("Premature end of JPEG file") and fills the rest with grey, which must not pass as a picture.
 */
final class ReadWarnings implements IIOReadWarningListener {
    private boolean any;

    @Override
    public void warningOccurred(ImageReader source, String warning) {
        any = true;
    }

    boolean any() {
        return any;
    }
}
