package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.AttachTitleImageUseCase;
import app.marquee.application.catalog.port.out.InspectImagePort;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SaveTitlePort;
import app.marquee.application.catalog.port.out.StoreBlobPort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.ImageFacts;
import app.marquee.domain.catalog.title.ImageFormat;
import app.marquee.domain.catalog.title.ImagePolicy;
import app.marquee.domain.catalog.title.ImageRef;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.Optional;

/**
 * Checks the bytes (size, magic, a real decode, the slot's dimensions), stores them under their
 * SHA-256, and points the title at them. Decoding is slow, so it runs outside any transaction:
 * the title is read first (an unknown title or a stale If-Match costs no decode) and updated at
 * the version read, so a title changed meanwhile is refused as by every other title edit. A
 * refused update leaves an unreferenced blob behind, which its content address makes harmless.
 */
@Singleton
public class AttachTitleImageService implements AttachTitleImageUseCase {
    private final VersionedTitles titles;
    private final InspectImagePort inspector;
    private final StoreBlobPort blobs;
    private final ImagePolicy policy = new ImagePolicy();
    private final Clock clock;

    public AttachTitleImageService(LoadTitlePort load, SaveTitlePort save, InspectImagePort inspector,
                                   StoreBlobPort blobs, Clock clock) {
        this.titles = new VersionedTitles(load, save);
        this.inspector = inspector;
        this.blobs = blobs;
        this.clock = clock;
    }

    @Override
    public Outcome<Title> attach(Command command) {
        Optional<Rejection> wrong = policy.admitsSize(command.bytes().length);
        if (wrong.isPresent()) {
            return Outcome.rejected(wrong.get());
        }
        Optional<ImageFormat> claimed = ImageFormat.sniff(command.bytes());
        if (claimed.isEmpty()) {
            return Outcome.rejected(Rejection.onField(CatalogRejection.IMAGE_FORMAT_UNSUPPORTED, "file"));
        }
        return titles.load(command.id(), command.expectedVersion())
                .flatMap(title -> checked(command, claimed.get()).flatMap(image -> show(title, command, image)));
    }

    private Outcome<ImageRef> checked(Command command, ImageFormat claimed) {
        Optional<ImageFacts> facts = inspector.inspect(command.bytes()).filter(read -> read.format() == claimed);
        if (facts.isEmpty()) {
            return Outcome.rejected(Rejection.onField(CatalogRejection.IMAGE_UNREADABLE, "file"));
        }
        Optional<Rejection> wrong = policy.admits(command.slot(), facts.get());
        if (wrong.isPresent()) {
            return Outcome.rejected(wrong.get());
        }
        String sha256 = Digests.sha256(command.bytes());
        String key = "images/" + sha256 + "." + claimed.extension();
        blobs.put(key, command.bytes(), claimed.mediaType());
        return Outcome.accepted(new ImageRef(key, claimed.mediaType(), facts.get().width(), facts.get().height(),
                command.bytes().length, sha256));
    }

    private Outcome<Title> show(Title title, Command command, ImageRef image) {
        return title.show(command.slot(), image, clock.instant())
                .flatMap(shown -> titles.save(shown, command.expectedVersion()));
    }
}
