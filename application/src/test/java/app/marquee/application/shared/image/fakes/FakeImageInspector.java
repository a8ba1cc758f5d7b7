package app.marquee.application.shared.image.fakes;

import app.marquee.application.shared.image.port.out.InspectImagePort;
import app.marquee.domain.shared.image.ImageFacts;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Knows the pictures a test told it about, by content; anything else it cannot decode. */
public final class FakeImageInspector implements InspectImagePort {
    private final Map<String, ImageFacts> known = new HashMap<>();
    private int inspections;

    public byte[] knows(byte[] content, ImageFacts facts) {
        known.put(Arrays.toString(content), facts);
        return content;
    }

    @Override
    public Optional<ImageFacts> inspect(byte[] content) {
        inspections++;
        return Optional.ofNullable(known.get(Arrays.toString(content)));
    }

    public int inspections() {
        return inspections;
    }
}
