package app.marquee.domain.library.progress;

import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.title.TitleId;

import java.util.Objects;

/** An episode with where it sits: its series and its season's number (0 for the specials). */
public record EpisodeInSeries(TitleId seriesId, int seasonNumber, Episode episode) {
    public EpisodeInSeries {
        Objects.requireNonNull(seriesId, "seriesId");
        Objects.requireNonNull(episode, "episode");
        if (seasonNumber < 0) {
            throw new IllegalArgumentException("seasons are numbered from 0 (specials)");
        }
    }

    public int runtimeSeconds() {
        return episode.runtimeMinutes() * 60;
    }

    public boolean isSpecial() {
        return seasonNumber == 0;
    }
}
