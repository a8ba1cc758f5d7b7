package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.RemoveEpisodeUseCase;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SeasonsPort;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class RemoveEpisodeService implements RemoveEpisodeUseCase {
    private final SeriesSeasons series;

    public RemoveEpisodeService(LoadTitlePort titles, SeasonsPort seasons) {
        this.series = new SeriesSeasons(titles, seasons);
    }

    @Override
    @Transactional
    public Outcome<EpisodeId> remove(Command command) {
        return series.season(command.seriesId(), command.seasonNumber(), command.expectedVersion())
                .flatMap(season -> season.remove(command.episodeId())
                        .flatMap(removed -> series.save(season, command.expectedVersion()).map(saved -> removed.id())));
    }
}
