package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.RemoveSeasonUseCase;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SeasonsPort;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class RemoveSeasonService implements RemoveSeasonUseCase {
    private final SeriesSeasons series;
    private final SeasonsPort seasons;

    public RemoveSeasonService(LoadTitlePort titles, SeasonsPort seasons) {
        this.series = new SeriesSeasons(titles, seasons);
        this.seasons = seasons;
    }

    @Override
    @Transactional
    public Outcome<SeasonId> remove(Command command) {
        return series.season(command.seriesId(), command.number(), command.expectedVersion())
                .flatMap(season -> series.raced(seasons.delete(season), command.expectedVersion()));
    }
}
