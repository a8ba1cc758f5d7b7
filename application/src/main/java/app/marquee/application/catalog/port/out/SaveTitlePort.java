package app.marquee.application.catalog.port.out;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

/**
 * Stores titles with their genres and credits. {@code update} applies only to the version the
 * title was read at ({@code CONCURRENT_UPDATE} otherwise) and returns it with the next version.
 */
public interface SaveTitlePort {
    Title add(Title title);

    Outcome<Title> update(Title title);

    /** Deletes the title, its seasons and episodes. */
    void delete(TitleId id);
}
