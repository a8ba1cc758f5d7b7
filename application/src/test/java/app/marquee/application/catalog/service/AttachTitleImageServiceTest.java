package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.shared.image.Digests;
import app.marquee.application.shared.image.Pictures;
import app.marquee.application.shared.image.fakes.FakeImageInspector;
import app.marquee.application.shared.image.fakes.InMemoryBlobs;
import app.marquee.application.catalog.port.in.AttachTitleImageUseCase.Command;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.shared.image.ImageRejection;
import app.marquee.domain.shared.image.ImageFacts;
import app.marquee.domain.shared.image.ImageFormat;
import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageSlot;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AttachTitleImageServiceTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private final CatalogFixture catalog = new CatalogFixture();
    private final FakeImageInspector inspector = new FakeImageInspector();
    private final InMemoryBlobs blobs = new InMemoryBlobs();
    private final AttachTitleImageService attach = new AttachTitleImageService(catalog.titles, catalog.titles,
            new Pictures(inspector, blobs), catalog.clock);
    private final Title draft = catalog.movie("Amélie");

    @Test
    void storesAPosterUnderItsDigestAndShowsIt() {
        byte[] poster = inspector.knows(png("poster"), new ImageFacts(ImageFormat.PNG, 1000, 1500));

        Outcome<Title> outcome = attach.attach(new Command(draft.id(), ImageSlot.POSTER, poster, Optional.empty()));

        assertThat(outcome.isAccepted()).isTrue();
        Title stored = catalog.titles.stored(draft.id());
        ImageRef image = stored.image(ImageSlot.POSTER).orElseThrow();
        assertThat(image.sha256()).hasSize(64).isEqualTo(Digests.sha256(poster));
        assertThat(image.blobKey()).isEqualTo("images/" + image.sha256() + ".png");
        assertThat(image).extracting(ImageRef::mediaType, ImageRef::width, ImageRef::height, ImageRef::bytes)
                .containsExactly("image/png", 1000, 1500, (long) poster.length);
        assertThat(blobs.get(image.blobKey())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(poster));
        assertThat(blobs.keys()).containsEntry(image.blobKey(), "image/png");
        assertThat(stored.version()).isEqualTo(draft.version() + 1);
        assertThat(stored.updatedAt()).isEqualTo(CatalogFixture.NOW);
    }

    @Test
    void aFileOverFiveMebibytesIsRefusedUnread() {
        byte[] huge = Arrays.copyOf(PNG_MAGIC, 5 * 1024 * 1024 + 1);

        assertThat(attach.attach(new Command(draft.id(), ImageSlot.POSTER, huge, Optional.empty())))
                .isEqualTo(refused(ImageRejection.IMAGE_TOO_LARGE));
        assertThat(inspector.inspections()).isZero();
        assertThat(blobs.keys()).isEmpty();
    }

    @Test
    void bytesThatStartLikeNoPictureOfOursAreAnUnsupportedFormat() {
        byte[] text = "a text file named poster.png".getBytes(StandardCharsets.UTF_8);

        assertThat(attach.attach(new Command(draft.id(), ImageSlot.POSTER, text, Optional.empty())))
                .isEqualTo(refused(ImageRejection.IMAGE_FORMAT_UNSUPPORTED));
        assertThat(inspector.inspections()).isZero();
    }

    @Test
    void aPictureNoDecoderReadsThroughIsUnreadable() {
        assertThat(attach.attach(new Command(draft.id(), ImageSlot.POSTER, png("garbage"), Optional.empty())))
                .isEqualTo(refused(ImageRejection.IMAGE_UNREADABLE));
        assertThat(catalog.titles.writes()).isZero();
        assertThat(blobs.keys()).isEmpty();
    }

    @Test
    void aPngHeaderOnAJpegBodyIsUnreadable() {
        byte[] mixed = inspector.knows(png("jpeg inside"), new ImageFacts(ImageFormat.JPEG, 1000, 1500));

        assertThat(attach.attach(new Command(draft.id(), ImageSlot.POSTER, mixed, Optional.empty())))
                .isEqualTo(refused(ImageRejection.IMAGE_UNREADABLE));
    }

    @Test
    void aPictureThatDoesNotFitTheSlotIsRefused() {
        byte[] landscape = inspector.knows(png("landscape"), new ImageFacts(ImageFormat.PNG, 1920, 1080));
        byte[] tiny = inspector.knows(png("tiny"), new ImageFacts(ImageFormat.PNG, 16, 16));

        assertThat(attach.attach(new Command(draft.id(), ImageSlot.POSTER, landscape, Optional.empty())))
                .isEqualTo(refused(ImageRejection.IMAGE_DIMENSIONS));
        assertThat(attach.attach(new Command(draft.id(), ImageSlot.BACKDROP, tiny, Optional.empty())))
                .isEqualTo(refused(ImageRejection.IMAGE_DIMENSIONS));
        assertThat(attach.attach(new Command(draft.id(), ImageSlot.BACKDROP, landscape, Optional.empty()))
                .isAccepted()).isTrue();
        assertThat(blobs.keys()).hasSize(1);
    }

    @Test
    void anUnknownTitleCostsNoDecode() {
        byte[] poster = inspector.knows(png("poster"), new ImageFacts(ImageFormat.PNG, 1000, 1500));

        assertThat(attach.attach(new Command(TitleId.newId(), ImageSlot.POSTER, poster, Optional.empty())))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
        assertThat(inspector.inspections()).isZero();
    }

    @Test
    void anArchivedTitleShowsNoNewPicture() {
        Title archived = catalog.movie("Alien Resurrection", TitleStatus.ARCHIVED);
        byte[] poster = inspector.knows(png("poster"), new ImageFacts(ImageFormat.PNG, 1000, 1500));

        assertThat(attach.attach(new Command(archived.id(), ImageSlot.POSTER, poster, Optional.empty())))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_ARCHIVED));
        assertThat(catalog.titles.writes()).isZero();
    }

    @Test
    void refusesAClientThatSawAnOlderVersion() {
        byte[] poster = inspector.knows(png("poster"), new ImageFacts(ImageFormat.PNG, 1000, 1500));

        assertThat(attach.attach(new Command(draft.id(), ImageSlot.POSTER, poster, Optional.of(draft.version() + 1))))
                .isEqualTo(Outcome.rejected(CatalogRejection.VERSION_MISMATCH));
        assertThat(inspector.inspections()).isZero();
    }

    @Test
    void losingARaceIsAVersionMismatchWithIfMatchAndAConcurrentUpdateWithout() {
        byte[] poster = inspector.knows(png("poster"), new ImageFacts(ImageFormat.PNG, 1000, 1500));
        byte[] other = inspector.knows(png("other"), new ImageFacts(ImageFormat.PNG, 600, 900));
        Runnable anotherAdmin = () -> attach.attach(new Command(draft.id(), ImageSlot.POSTER, other,
                Optional.empty()));

        catalog.titles.beforeNextUpdate(anotherAdmin);
        assertThat(attach.attach(new Command(draft.id(), ImageSlot.POSTER, poster, Optional.of(draft.version()))))
                .isEqualTo(Outcome.rejected(CatalogRejection.VERSION_MISMATCH));

        catalog.titles.beforeNextUpdate(anotherAdmin);
        assertThat(attach.attach(new Command(draft.id(), ImageSlot.POSTER, poster, Optional.empty())))
                .isEqualTo(Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE));
        assertThat(catalog.titles.stored(draft.id()).image(ImageSlot.POSTER).orElseThrow().width()).isEqualTo(600);
    }

    private static byte[] png(String body) {
        byte[] rest = body.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(PNG_MAGIC, PNG_MAGIC.length + rest.length);
        System.arraycopy(rest, 0, bytes, PNG_MAGIC.length, rest.length);
        return bytes;
    }

    private static Outcome<Title> refused(ImageRejection reason) {
        return Outcome.rejected(Rejection.onField(reason, "file"));
    }
}
