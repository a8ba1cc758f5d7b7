package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.RenameSeasonUseCase;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SeasonsPort;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class RenameSeasonService implements RenameSeasonUseCase {
    private final SeriesSeasons series;

    public RenameSeasonService(LoadTitlePort titles, SeasonsPort seasons) {
        this.series = new SeriesSeasons(titles, seasons);
    }

    @Override
    @Transactional
    public Outcome<Season> rename(Command command) {
        return series.season(command.seriesId(), command.number(), command.expectedVersion()).flatMap(season -> {
            season.rename(command.name());
            return series.save(season, command.expectedVersion());
        });
    }
}
