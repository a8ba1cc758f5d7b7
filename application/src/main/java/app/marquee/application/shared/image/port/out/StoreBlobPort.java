package app.marquee.application.shared.image.port.out;

import java.util.Optional;

/**
 * Keeps opaque bytes under a key, outside the database: pictures now, media later. Keys are
 * relative paths of lower-case letters, digits, '-', '_' and '.', as the application makes them
 * (a content digest); writing a key again with the same bytes changes nothing.
 */
public interface StoreBlobPort {
    void put(String key, byte[] bytes, String mediaType);

    Optional<byte[]> get(String key);

    void delete(String key);
}
