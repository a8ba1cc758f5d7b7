package app.marquee.application.catalog.port.out;

import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads titles by id, whatever their status: callers decide who may see what. */
public interface LoadTitlePort {
    Optional<Title> byId(TitleId id);

    List<Title> byIds(Collection<TitleId> ids);

    /**
     * Reads the title and keeps it from being deleted until the transaction ends: the caller is about
     * to point at it (a season, a favorite, a playlist item), and a concurrent removal must then see
     * that reference and archive the title instead of failing on it.
     */
    Optional<Title> byIdForReference(TitleId id);

    /**
     * Reads the title and holds it against every other writer until the transaction ends: the caller
     * is about to remove it, and must see every reference committed before it decides how.
     */
    Optional<Title> byIdForRemoval(TitleId id);
}
