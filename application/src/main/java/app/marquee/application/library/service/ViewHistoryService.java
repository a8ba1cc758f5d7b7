package app.marquee.application.library.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.library.port.in.ProgressEntry;
import app.marquee.application.library.port.in.ViewHistoryQuery;
import app.marquee.application.library.port.out.LoadEpisodesPort;
import app.marquee.application.library.port.out.WatchProgressPort;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.library.progress.EpisodeInSeries;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One page of the caller's history, with its titles and episodes read in two queries, whatever the page holds. */
@Singleton
public class ViewHistoryService implements ViewHistoryQuery {
    private final WatchProgressPort progress;
    private final LoadTitlePort titles;
    private final LoadEpisodesPort episodes;

    public ViewHistoryService(WatchProgressPort progress, LoadTitlePort titles, LoadEpisodesPort episodes) {
        this.progress = progress;
        this.titles = titles;
        this.episodes = episodes;
    }

    @Override
    @Transactional
    public Outcome<History> history(Query query) {
        return progress.history(query.viewer(), query.after(), query.limit())
                .map(page -> new History(entries(page.entries()), page.nextAfter()));
    }

    private List<ProgressEntry> entries(List<WatchProgress> page) {
        Map<TitleId, Title> byId = titles.byIds(page.stream().map(p -> p.item().title()).distinct().toList())
                .stream().collect(Collectors.toMap(Title::id, Function.identity()));
        Map<EpisodeId, EpisodeInSeries> episodeById = episodes.byIds(page.stream()
                        .flatMap(p -> p.item().episode().stream()).distinct().toList())
                .stream().collect(Collectors.toMap(e -> e.episode().id(), Function.identity()));
        return page.stream()
                .filter(p -> byId.containsKey(p.item().title()))
                .map(p -> new ProgressEntry(p, byId.get(p.item().title()),
                        p.item().episode().map(episodeById::get)))
                .toList();
    }
}
