package app.marquee.application.library.port.out;

import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.library.progress.EpisodeInSeries;

import java.util.Collection;
import java.util.List;

/** Reads catalog episodes by id, with their series and season number, in one go; unknown ids are left out. */
public interface LoadEpisodesPort {
    List<EpisodeInSeries> byIds(Collection<EpisodeId> ids);
}
