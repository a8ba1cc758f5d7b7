package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.AddEpisodeUseCase;
import app.marquee.application.catalog.port.in.EpisodeDraft;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SeasonsPort;
import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class AddEpisodeService implements AddEpisodeUseCase {
    private final SeriesSeasons series;
    private final SeasonsPort seasons;

    public AddEpisodeService(LoadTitlePort titles, SeasonsPort seasons) {
        this.series = new SeriesSeasons(titles, seasons);
        this.seasons = seasons;
    }

    @Override
    @Transactional
    public Outcome<Season> add(Command command) {
        EpisodeDraft draft = command.draft();
        return series.season(command.seriesId(), command.seasonNumber()).flatMap(season -> season
                .add(new Episode(EpisodeId.newId(), draft.number(), draft.name(), draft.synopsis(),
                        draft.runtimeMinutes()))
                .flatMap(added -> seasons.update(season)));
    }
}
