package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.TitleImageQuery;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.shared.image.Pictures;
import app.marquee.application.shared.image.ServedImage;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.image.ImageSlot;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Reads the title (who may see it, which blob it shows), then the blob, outside any transaction. */
@Singleton
public class TitleImageService implements TitleImageQuery {
    private final LoadTitlePort titles;
    private final Pictures pictures;

    public TitleImageService(LoadTitlePort titles, Pictures pictures) {
        this.titles = titles;
        this.pictures = pictures;
    }

    @Override
    public Outcome<ServedImage> image(TitleId id, ImageSlot slot, boolean admin) {
        Optional<Title> found = titles.byId(id).filter(title -> title.isVisibleTo(admin));
        if (found.isEmpty()) {
            return Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND);
        }
        return pictures.serve(found.get().image(slot), found.get().isVisibleTo(false));
    }
}
