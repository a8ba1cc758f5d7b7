package app.marquee.application.shared.image.port.out;

import app.marquee.domain.shared.image.ImageFacts;

import java.util.Optional;

/**
 * Reads a picture's real format and size from its content: the magic bytes, then the decoder of
 * that format. Empty when the bytes are no picture a decoder can read through, whatever their
 * name claims. Oversized pictures are measured from their header without being decoded.
 */
public interface InspectImagePort {
    Optional<ImageFacts> inspect(byte[] content);
}
