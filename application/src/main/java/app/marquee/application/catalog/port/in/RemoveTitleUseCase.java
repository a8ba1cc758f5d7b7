package app.marquee.application.catalog.port.in;

import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

/**
 * An admin removes a title: deleted with its seasons if nothing refers to it, archived otherwise
 * (it leaves browsing, and references show it as unavailable).
 */
public interface RemoveTitleUseCase {
    Outcome<Removal> remove(TitleId id);

    enum Removal { DELETED, ARCHIVED }
}
