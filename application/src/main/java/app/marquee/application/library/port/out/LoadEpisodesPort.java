package app.marquee.application.library.port.out;

import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.library.progress.EpisodeInSeries;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads catalog episodes by id, with their series and season number, in one go; unknown ids are left out. */
public interface LoadEpisodesPort {
    List<EpisodeInSeries> byIds(Collection<EpisodeId> ids);

    /**
     * Reads one episode and keeps it from being deleted until the transaction ends: progress is
     * about to be recorded against it, and an admin removing it meanwhile must then take that
     * progress with it instead of failing on it.
     */
    Optional<EpisodeInSeries> byIdForReference(EpisodeId id);
}
