package app.marquee.application.sales.event.service;

import app.marquee.application.sales.event.fakes.InMemoryEvents;
import app.marquee.application.sales.event.port.in.AttachEventImageUseCase.Command;
import app.marquee.application.sales.event.port.in.ViewEventQuery.Reader;
import app.marquee.application.shared.image.Pictures;
import app.marquee.application.shared.image.ServedImage;
import app.marquee.application.shared.image.fakes.FakeImageInspector;
import app.marquee.application.shared.image.fakes.InMemoryBlobs;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.sales.event.Editor;
import app.marquee.domain.sales.event.Event;
import app.marquee.domain.sales.event.EventCategory;
import app.marquee.domain.sales.event.EventDetails;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import app.marquee.domain.shared.image.ImageFacts;
import app.marquee.domain.shared.image.ImageFormat;
import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageRejection;
import app.marquee.domain.shared.image.ImageSlot;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EventImageServicesTest {
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01, 0x02};
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryEvents store = new InMemoryEvents();
    private final FakeImageInspector inspector = new FakeImageInspector();
    private final InMemoryBlobs blobs = new InMemoryBlobs();
    private final Pictures pictures = new Pictures(inspector, blobs);
    private final AttachEventImageService attach = new AttachEventImageService(store, store, pictures, clock);
    private final EventImageService images = new EventImageService(store, pictures);
    private final Editor organiser = new Editor(AccountId.newId(), Role.OPERATOR);
    private final Event gala = store.add(Event.announce(new EventDetails("Gala", "", EventCategory.SCHOOL,
            Optional.empty()), organiser.account(), clock.instant()));
    private final byte[] poster = inspector.knows(JPEG_MAGIC, new ImageFacts(ImageFormat.JPEG, 800, 1200));

    @Test
    void theOrganiserShowsAPosterThatOnlyTheyMaySeeWhileTheEventIsADraft() {
        Event shown = accepted(attach.attach(new Command(gala.id(), organiser, ImageSlot.POSTER, poster,
                Optional.of(gala.version()))));

        ImageRef ref = shown.image(ImageSlot.POSTER).orElseThrow();
        assertThat(ref).extracting(ImageRef::mediaType, ImageRef::width, ImageRef::height)
                .containsExactly("image/jpeg", 800, 1200);
        assertThat(shown.version()).isEqualTo(gala.version() + 1);
        assertThat(images.image(gala.id(), ImageSlot.POSTER, Reader.anonymous()))
                .isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        ServedImage served = accepted(images.image(gala.id(), ImageSlot.POSTER, reader(organiser)));
        assertThat(served.bytes()).isEqualTo(poster);
        assertThat(served.forEveryone()).isFalse();
        assertThat(images.image(gala.id(), ImageSlot.BACKDROP, reader(organiser)))
                .isEqualTo(Outcome.rejected(ImageRejection.IMAGE_NOT_FOUND));
    }

    @Test
    void onceOnSaleAnybodyGetsItsPictureAndSharedCachesMayKeepIt() {
        attach.attach(new Command(gala.id(), organiser, ImageSlot.POSTER, poster, Optional.empty()));
        Event stored = store.byId(gala.id()).orElseThrow();
        store.update(stored.putOnSale(organiser, clock.instant()).orElseThrow(r -> new IllegalStateException()));

        assertThat(accepted(images.image(gala.id(), ImageSlot.POSTER, Reader.anonymous())).forEveryone()).isTrue();
    }

    @Test
    void anotherOperatorIsToldTheEventDoesNotExistAndNothingIsDecoded() {
        Editor rival = new Editor(AccountId.newId(), Role.OPERATOR);

        assertThat(attach.attach(new Command(gala.id(), rival, ImageSlot.POSTER, poster, Optional.empty())))
                .isEqualTo(Outcome.rejected(SalesRejection.EVENT_NOT_FOUND));
        assertThat(inspector.inspections()).isZero();
        assertThat(store.byId(gala.id()).orElseThrow().images()).isEmpty();
    }

    @Test
    void contentIsJudgedAsForTitles() {
        byte[] text = "not a picture".getBytes();
        byte[] wide = inspector.knows(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 9},
                new ImageFacts(ImageFormat.JPEG, 1600, 900));

        assertThat(attach.attach(new Command(gala.id(), organiser, ImageSlot.POSTER, text, Optional.empty())))
                .isEqualTo(Outcome.rejected(Rejection.onField(ImageRejection.IMAGE_FORMAT_UNSUPPORTED, "file")));
        assertThat(attach.attach(new Command(gala.id(), organiser, ImageSlot.POSTER, wide, Optional.empty())))
                .isEqualTo(Outcome.rejected(Rejection.onField(ImageRejection.IMAGE_DIMENSIONS, "file")));
        assertThat(attach.attach(new Command(gala.id(), organiser, ImageSlot.BACKDROP, wide, Optional.empty()))
                .isAccepted()).isTrue();
    }

    @Test
    void aStaleVersionIsRefusedBeforeDecodingAndALostRaceIsAVersionMismatch() {
        assertThat(attach.attach(new Command(gala.id(), organiser, ImageSlot.POSTER, poster, Optional.of(7L))))
                .isEqualTo(Outcome.rejected(SalesRejection.VERSION_MISMATCH));
        assertThat(inspector.inspections()).isZero();
    }

    @Test
    void aCancelledEventKeepsItsPictures() {
        Event stored = store.byId(gala.id()).orElseThrow();
        store.update(stored.cancel(organiser, clock.instant()).orElseThrow(r -> new IllegalStateException()));

        assertThat(attach.attach(new Command(gala.id(), organiser, ImageSlot.POSTER, poster, Optional.empty())))
                .isEqualTo(Outcome.rejected(SalesRejection.EVENT_CANCELLED));
    }

    private static Reader reader(Editor editor) {
        return new Reader(Optional.of(editor.account()), editor.role());
    }

    private static <T> T accepted(Outcome<T> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException(rejection.code()));
    }
}
