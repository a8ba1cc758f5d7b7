package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.TitleImageQuery;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.StoreBlobPort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.ImageRef;
import app.marquee.domain.catalog.title.ImageSlot;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Reads the title (who may see it, which blob it shows), then the blob, outside any transaction. */
@Singleton
public class TitleImageService implements TitleImageQuery {
    private final LoadTitlePort titles;
    private final StoreBlobPort blobs;

    public TitleImageService(LoadTitlePort titles, StoreBlobPort blobs) {
        this.titles = titles;
        this.blobs = blobs;
    }

    @Override
    public Outcome<TitleImage> image(TitleId id, ImageSlot slot, boolean admin) {
        Optional<Title> found = titles.byId(id).filter(title -> title.isVisibleTo(admin));
        if (found.isEmpty()) {
            return Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND);
        }
        Optional<ImageRef> ref = found.get().image(slot);
        Optional<byte[]> bytes = ref.flatMap(image -> blobs.get(image.blobKey()));
        if (bytes.isEmpty()) {
            return Outcome.rejected(CatalogRejection.IMAGE_NOT_FOUND);
        }
        return Outcome.accepted(new TitleImage(ref.get(), bytes.get(), found.get().isVisibleTo(false)));
    }
}
