package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SeasonsPort;
import app.marquee.application.library.port.in.ContinueWatchingQuery;
import app.marquee.application.library.port.out.LoadEpisodesPort;
import app.marquee.application.library.port.out.WatchProgressPort;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.catalog.title.TitleStatus;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.progress.ContinueWatching;
import app.marquee.domain.library.progress.EpisodeInSeries;
import app.marquee.domain.library.progress.Resume;
import app.marquee.domain.library.progress.RunningOrder;
import app.marquee.domain.library.progress.WatchProgress;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Feeds the {@link ContinueWatching} policy: the viewer's {@value #RECENT_ENTRIES} most recent
 * entries (older ones are not picked up again), the titles they name, and the running order of
 * a series only when the policy asks for it.
 */
@Singleton
public class ContinueWatchingService implements ContinueWatchingQuery {
    static final int RECENT_ENTRIES = 1_000;
    private final WatchProgressPort progress;
    private final LoadTitlePort titles;
    private final SeasonsPort seasons;
    private final LoadEpisodesPort episodes;

    public ContinueWatchingService(WatchProgressPort progress, LoadTitlePort titles, SeasonsPort seasons,
                                   LoadEpisodesPort episodes) {
        this.progress = progress;
        this.titles = titles;
        this.seasons = seasons;
        this.episodes = episodes;
    }

    @Override
    @Transactional
    public List<ResumeEntry> continueWatching(AccountId viewer, int limit) {
        List<WatchProgress> recent = progress.recent(viewer, RECENT_ENTRIES);
        Map<TitleId, Title> byId = titles.byIds(recent.stream().map(p -> p.item().title()).distinct().toList())
                .stream().collect(Collectors.toMap(Title::id, Function.identity()));
        Map<TitleId, List<Season>> seasonsOf = seasons.ofSeries(byId.values().stream()
                .filter(title -> title.kind() == TitleKind.SERIES && title.status() == TitleStatus.PUBLISHED)
                .map(Title::id).toList());
        List<Resume> lines = ContinueWatching.pick(recent,
                id -> Optional.ofNullable(byId.get(id)).map(t -> t.status() == TitleStatus.PUBLISHED).orElse(false),
                id -> Optional.of(RunningOrder.of(id, seasonsOf.getOrDefault(id, List.of()))), limit);
        Map<EpisodeId, EpisodeInSeries> episodeById = episodes.byIds(lines.stream()
                        .flatMap(line -> line.item().episode().stream()).toList())
                .stream().collect(Collectors.toMap(e -> e.episode().id(), Function.identity()));
        return lines.stream().map(line -> new ResumeEntry(line, byId.get(line.item().title()),
                line.item().episode().map(episodeById::get))).toList();
    }
}
