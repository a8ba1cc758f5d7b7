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
}
