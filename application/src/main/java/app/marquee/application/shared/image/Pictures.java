package app.marquee.application.shared.image;

import app.marquee.application.shared.image.port.out.InspectImagePort;
import app.marquee.application.shared.image.port.out.StoreBlobPort;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import app.marquee.domain.shared.image.ImageFacts;
import app.marquee.domain.shared.image.ImageFormat;
import app.marquee.domain.shared.image.ImagePolicy;
import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageRejection;
import app.marquee.domain.shared.image.ImageSlot;
import jakarta.inject.Singleton;

import java.util.Objects;
import java.util.Optional;

/**
 * What every picture goes through, whatever it illustrates (a title, an event), cheapest check
 * first. {@link #receive}: the size in bytes and the first bytes (JPEG, PNG or WebP), before the
 * caller reads anything. {@link #keep}, once the caller knows the picture is wanted: a real decode
 * that must agree with the first bytes, the slot's dimensions ({@link ImagePolicy}), then the blob
 * store, under the content's SHA-256 (writing the same picture twice changes nothing, and a picture
 * nobody points at is harmless). {@link #serve}: the bytes a reference names, or IMAGE_NOT_FOUND.
 */
@Singleton
public class Pictures {
    private final InspectImagePort inspector;
    private final StoreBlobPort blobs;
    private final ImagePolicy policy = new ImagePolicy();

    public Pictures(InspectImagePort inspector, StoreBlobPort blobs) {
        this.inspector = inspector;
        this.blobs = blobs;
    }

    /** IMAGE_TOO_LARGE, IMAGE_UNREADABLE (empty) or IMAGE_FORMAT_UNSUPPORTED, all on the field "file". */
    public Outcome<Upload> receive(byte[] bytes) {
        Optional<Rejection> wrong = policy.admitsSize(bytes.length);
        if (wrong.isPresent()) {
            return Outcome.rejected(wrong.get());
        }
        return ImageFormat.sniff(bytes).<Outcome<Upload>>map(format -> Outcome.accepted(new Upload(bytes, format)))
                .orElse(Outcome.rejected(Rejection.onField(ImageRejection.IMAGE_FORMAT_UNSUPPORTED, "file")));
    }

    /** IMAGE_UNREADABLE when no decoder reads it through as what it starts like, IMAGE_DIMENSIONS. */
    public Outcome<ImageRef> keep(Upload upload, ImageSlot slot) {
        Optional<ImageFacts> facts = inspector.inspect(upload.bytes())
                .filter(read -> read.format() == upload.format());
        if (facts.isEmpty()) {
            return Outcome.rejected(Rejection.onField(ImageRejection.IMAGE_UNREADABLE, "file"));
        }
        Optional<Rejection> wrong = policy.admits(slot, facts.get());
        if (wrong.isPresent()) {
            return Outcome.rejected(wrong.get());
        }
        String sha256 = Digests.sha256(upload.bytes());
        String key = "images/" + sha256 + "." + upload.format().extension();
        blobs.put(key, upload.bytes(), upload.format().mediaType());
        return Outcome.accepted(new ImageRef(key, upload.format().mediaType(), facts.get().width(),
                facts.get().height(), upload.bytes().length, sha256));
    }

    /** The picture shown in a slot, with whether anybody may see it; IMAGE_NOT_FOUND for an empty slot. */
    public Outcome<ServedImage> serve(Optional<ImageRef> shown, boolean forEveryone) {
        Optional<byte[]> bytes = shown.flatMap(image -> blobs.get(image.blobKey()));
        if (bytes.isEmpty()) {
            return Outcome.rejected(ImageRejection.IMAGE_NOT_FOUND);
        }
        return Outcome.accepted(new ServedImage(shown.get(), bytes.get(), forEveryone));
    }

    /** Bytes that passed the first checks, with the format their first bytes claim. */
    public record Upload(byte[] bytes, ImageFormat format) {
        public Upload {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(format, "format");
        }
    }
}
