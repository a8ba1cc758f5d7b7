package app.marquee.adapter.persistence.catalog;

import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.TitleId;

import java.util.List;
import java.util.Optional;

/** Between a {@link Season} with its episodes and their rows. */
final class SeasonMapper {
    private SeasonMapper() {
    }

    static SeasonRow toRow(Season season) {
        return new SeasonRow(season.id().value(), season.seriesId().value(), season.number(),
                season.name().orElse(null), season.version());
    }

    static Season toDomain(SeasonRow row, List<EpisodeRow> episodes) {
        return Season.rehydrate(new SeasonId(row.id()), new TitleId(row.titleId()), row.number(),
                Optional.ofNullable(row.name()), episodes.stream().map(SeasonMapper::episode).toList(), row.version());
    }

    /** The season as it is now stored: the same state, one version on. */
    static Season nextVersion(Season written) {
        return Season.rehydrate(written.id(), written.seriesId(), written.number(), written.name(),
                written.episodes(), written.version() + 1);
    }

    private static Episode episode(EpisodeRow row) {
        return new Episode(new EpisodeId(row.id()), row.number(), row.name(), row.synopsis(), row.runtimeMinutes());
    }
}
