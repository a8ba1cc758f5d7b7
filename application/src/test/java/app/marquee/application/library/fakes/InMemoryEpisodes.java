package app.marquee.application.library.fakes;

import app.marquee.application.catalog.fakes.InMemorySeasons;
import app.marquee.application.library.port.out.LoadEpisodesPort;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.library.progress.EpisodeInSeries;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Episodes read from the in-memory seasons of the series the fixture made. */
public final class InMemoryEpisodes implements LoadEpisodesPort {
    private final InMemorySeasons seasons;
    private final Set<TitleId> series = new LinkedHashSet<>();

    public InMemoryEpisodes(InMemorySeasons seasons) {
        this.seasons = seasons;
    }

    void know(TitleId seriesId) {
        series.add(seriesId);
    }

    @Override
    public Optional<EpisodeInSeries> byIdForReference(EpisodeId id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    @Override
    public List<EpisodeInSeries> byIds(Collection<EpisodeId> ids) {
        return series.stream().flatMap(id -> seasons.ofSeries(id).stream()
                        .flatMap(season -> season.episodes().stream()
                                .map(episode -> new EpisodeInSeries(id, season.number(), episode))))
                .filter(e -> ids.contains(e.episode().id()))
                .toList();
    }
}
