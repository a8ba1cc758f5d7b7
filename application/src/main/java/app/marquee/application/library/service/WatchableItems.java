package app.marquee.application.library.service;

import app.marquee.application.library.port.out.LoadEpisodesPort;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.progress.EpisodeInSeries;
import app.marquee.domain.library.progress.WatchedItem;
import app.marquee.domain.shared.Outcome;

import java.util.List;
import java.util.Optional;

/**
 * What a viewer can watch, with the runtime progress is measured against: a published film
 * (its runtime), or an episode of a published series (the episode's). The catalog guarantees
 * both runtimes (a film cannot be saved without one, an episode neither), so none is missing.
 */
final class WatchableItems {
    private final LibraryTitles titles;
    private final LoadEpisodesPort episodes;

    WatchableItems(LibraryTitles titles, LoadEpisodesPort episodes) {
        this.titles = titles;
        this.episodes = episodes;
    }

    record Watchable(Title title, WatchedItem item, int runtimeSeconds, Optional<EpisodeInSeries> episode) {
    }

    /** TITLE_NOT_FOUND, EPISODE_REQUIRED for a series without an episode, EPISODE_NOT_FOUND. */
    Outcome<Watchable> find(TitleId titleId, Optional<EpisodeId> episodeId) {
        return titles.published(titleId).flatMap(title -> {
            if (title.kind() == TitleKind.MOVIE) {
                return episodeId.isPresent() ? Outcome.rejected(LibraryRejection.EPISODE_NOT_FOUND)
                        : Outcome.accepted(film(title));
            }
            return episodeId.map(id -> episode(title, id))
                    .orElseGet(() -> Outcome.rejected(LibraryRejection.EPISODE_REQUIRED));
        });
    }

    private static Watchable film(Title film) {
        int minutes = film.details().runtimeMinutes()
                .orElseThrow(() -> new IllegalStateException("film " + film.id() + " has no runtime"));
        return new Watchable(film, WatchedItem.film(film.id()), minutes * 60, Optional.empty());
    }

    private Outcome<Watchable> episode(Title series, EpisodeId id) {
        return episodes.byIdForReference(id)
                .filter(found -> found.seriesId().equals(series.id()))
                .<Outcome<Watchable>>map(found -> Outcome.accepted(new Watchable(series,
                        WatchedItem.episode(series.id(), id), found.runtimeSeconds(), Optional.of(found))))
                .orElseGet(() -> Outcome.rejected(LibraryRejection.EPISODE_NOT_FOUND));
    }
}
