package app.marquee.domain.library.progress;

import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.TitleId;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order a series is watched in: season 1 episode 1, 2, ..., then season 2 and on, whatever
 * gaps the numbering has. The specials (season 0) are a sequence of their own: the episode after
 * a special is the next special, and the last episode of a season never leads into a special.
 */
public final class RunningOrder {
    private final List<EpisodeInSeries> episodes;

    private RunningOrder(List<EpisodeInSeries> episodes) {
        this.episodes = episodes;
    }

    public static RunningOrder of(TitleId seriesId, List<Season> seasons) {
        return new RunningOrder(seasons.stream()
                .flatMap(season -> season.episodes().stream()
                        .map(episode -> new EpisodeInSeries(seriesId, season.number(), episode)))
                .sorted(Comparator.comparing(EpisodeInSeries::isSpecial)
                        .thenComparingInt(EpisodeInSeries::seasonNumber)
                        .thenComparingInt(e -> e.episode().number()))
                .toList());
    }

    public Optional<EpisodeInSeries> find(EpisodeId id) {
        return episodes.stream().filter(e -> e.episode().id().equals(id)).findFirst();
    }

    /** The episodes that follow {@code id} in its sequence (regular or specials), nearest first. */
    public List<EpisodeInSeries> after(EpisodeId id) {
        Optional<EpisodeInSeries> current = find(id);
        if (current.isEmpty()) {
            return List.of();
        }
        return episodes.subList(episodes.indexOf(current.get()) + 1, episodes.size()).stream()
                .filter(e -> e.isSpecial() == current.get().isSpecial())
                .toList();
    }

    public List<EpisodeInSeries> episodes() {
        return episodes;
    }
}
