package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.AddSeasonUseCase;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SeasonsPort;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** The store keeps season numbers unique per series and answers SEASON_NUMBER_TAKEN. */
@Singleton
public class AddSeasonService implements AddSeasonUseCase {
    private final SeriesSeasons series;
    private final SeasonsPort seasons;

    public AddSeasonService(LoadTitlePort titles, SeasonsPort seasons) {
        this.series = new SeriesSeasons(titles, seasons);
        this.seasons = seasons;
    }

    @Override
    @Transactional
    public Outcome<Season> add(Command command) {
        return series.series(command.seriesId())
                .flatMap(found -> seasons.add(Season.open(found.id(), command.number(), command.name())));
    }
}
