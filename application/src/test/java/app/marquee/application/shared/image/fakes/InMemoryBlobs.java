package app.marquee.application.shared.image.fakes;

import app.marquee.application.shared.image.port.out.StoreBlobPort;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Blobs in a map, with the media type each was stored with. */
public final class InMemoryBlobs implements StoreBlobPort {
    private final Map<String, byte[]> blobs = new HashMap<>();
    private final Map<String, String> mediaTypes = new HashMap<>();

    @Override
    public void put(String key, byte[] bytes, String mediaType) {
        blobs.put(key, bytes.clone());
        mediaTypes.put(key, mediaType);
    }

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.ofNullable(blobs.get(key)).map(byte[]::clone);
    }

    @Override
    public void delete(String key) {
        blobs.remove(key);
        mediaTypes.remove(key);
    }

    public Map<String, String> keys() {
        return Map.copyOf(mediaTypes);
    }
}
