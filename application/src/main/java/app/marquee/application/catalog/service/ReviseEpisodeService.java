package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.in.EpisodeDraft;
import app.marquee.application.catalog.port.in.ReviseEpisodeUseCase;
import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SeasonsPort;
import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
public class ReviseEpisodeService implements ReviseEpisodeUseCase {
    private final SeriesSeasons series;

    public ReviseEpisodeService(LoadTitlePort titles, SeasonsPort seasons) {
        this.series = new SeriesSeasons(titles, seasons);
    }

    @Override
    @Transactional
    public Outcome<Season> revise(Command command) {
        EpisodeDraft draft = command.draft();
        return series.season(command.seriesId(), command.seasonNumber(), command.expectedVersion())
                .flatMap(season -> season.replace(new Episode(command.episodeId(), draft.number(), draft.name(),
                                draft.synopsis(), draft.runtimeMinutes()))
                        .flatMap(revised -> series.save(season, command.expectedVersion())));
    }
}
