package app.marquee.application.catalog.service;

import app.marquee.application.catalog.fakes.CatalogFixture;
import app.marquee.application.shared.image.fakes.InMemoryBlobs;
import app.marquee.application.shared.image.Pictures;
import app.marquee.application.shared.image.ServedImage;
import app.marquee.application.shared.image.fakes.FakeImageInspector;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.shared.image.ImageRejection;
import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageSlot;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TitleImageServiceTest {
    private static final byte[] BYTES = {1, 2, 3};
    private static final ImageRef POSTER = new ImageRef("images/abc.png", "image/png", 600, 900, 3, "abc");
    private final CatalogFixture catalog = new CatalogFixture();
    private final InMemoryBlobs blobs = new InMemoryBlobs();
    private final TitleImageService images = new TitleImageService(catalog.titles,
            new Pictures(new FakeImageInspector(), blobs));

    @Test
    void anyoneGetsThePosterOfAPublishedTitle() {
        Title published = withPoster(TitleStatus.PUBLISHED);

        Outcome<ServedImage> outcome = images.image(published.id(), ImageSlot.POSTER, false);

        ServedImage image = ((Outcome.Accepted<ServedImage>) outcome).value();
        assertThat(image.ref()).isEqualTo(POSTER);
        assertThat(image.bytes()).isEqualTo(BYTES);
        assertThat(image.forEveryone()).isTrue();
    }

    @Test
    void aDraftsPictureIsForAdminsOnly() {
        Title draft = withPoster(TitleStatus.DRAFT);

        assertThat(images.image(draft.id(), ImageSlot.POSTER, false))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
        ServedImage image = ((Outcome.Accepted<ServedImage>) images.image(draft.id(), ImageSlot.POSTER, true)).value();
        assertThat(image.forEveryone()).isFalse();
    }

    @Test
    void anEmptySlotOrAMissingBlobIsNotFound() {
        Title published = withPoster(TitleStatus.PUBLISHED);

        assertThat(images.image(published.id(), ImageSlot.BACKDROP, false))
                .isEqualTo(Outcome.rejected(ImageRejection.IMAGE_NOT_FOUND));
        blobs.delete(POSTER.blobKey());
        assertThat(images.image(published.id(), ImageSlot.POSTER, false))
                .isEqualTo(Outcome.rejected(ImageRejection.IMAGE_NOT_FOUND));
        assertThat(images.image(TitleId.newId(), ImageSlot.POSTER, true))
                .isEqualTo(Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND));
    }

    private Title withPoster(TitleStatus status) {
        blobs.put(POSTER.blobKey(), BYTES, POSTER.mediaType());
        return catalog.titles.seed(Title.rehydrate(TitleId.newId(), TitleKind.MOVIE,
                CatalogFixture.movieDetails("Amélie", Set.of(), List.of()), status, Map.of(ImageSlot.POSTER, POSTER),
                CatalogFixture.CREATED, CatalogFixture.CREATED, 1));
    }
}
