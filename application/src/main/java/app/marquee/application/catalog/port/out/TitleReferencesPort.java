package app.marquee.application.catalog.port.out;

import app.marquee.domain.catalog.title.TitleId;

/**
 * Whether anything outside the catalog still points at a title (a playlist, a watch history, a
 * review, a screening), in which case it is archived instead of deleted.
 */
public interface TitleReferencesPort {
    boolean isReferenced(TitleId id);
}
