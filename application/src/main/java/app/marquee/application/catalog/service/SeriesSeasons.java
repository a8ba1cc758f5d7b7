package app.marquee.application.catalog.service;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SeasonsPort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.catalog.title.TitleKind;
import app.marquee.domain.shared.Outcome;

import java.util.Optional;

/** Finds what a season edit works on: a series that exists (films have no seasons), then its season. */
final class SeriesSeasons {
    private final LoadTitlePort titles;
    private final SeasonsPort seasons;

    SeriesSeasons(LoadTitlePort titles, SeasonsPort seasons) {
        this.titles = titles;
        this.seasons = seasons;
    }

    /** TITLE_NOT_FOUND, or NOT_A_SERIES for a film. */
    Outcome<Title> series(TitleId id) {
        Optional<Title> found = titles.byIdForReference(id);
        if (found.isEmpty()) {
            return Outcome.rejected(CatalogRejection.TITLE_NOT_FOUND);
        }
        if (found.get().kind() != TitleKind.SERIES) {
            return Outcome.rejected(CatalogRejection.NOT_A_SERIES);
        }
        return Outcome.accepted(found.get());
    }

    /**
     * As {@link #season(TitleId, int)}, then VERSION_MISMATCH when the client says it edited
     * another version of the season (its episodes share the season's version).
     */
    Outcome<Season> season(TitleId seriesId, int number, Optional<Long> expectedVersion) {
        return season(seriesId, number).flatMap(season -> expectedVersion
                .filter(expected -> expected != season.version()).isPresent()
                ? Outcome.rejected(CatalogRejection.VERSION_MISMATCH) : Outcome.accepted(season));
    }

    /** Saves the season; a race lost by a client that named its version is VERSION_MISMATCH, as for titles. */
    Outcome<Season> save(Season season, Optional<Long> expectedVersion) {
        return raced(seasons.update(season), expectedVersion);
    }

    /** A write's outcome, with a lost race told as VERSION_MISMATCH to a client that named its version. */
    <T> Outcome<T> raced(Outcome<T> written, Optional<Long> expectedVersion) {
        return expectedVersion.isPresent()
                ? written.recast(CatalogRejection.CONCURRENT_UPDATE, CatalogRejection.VERSION_MISMATCH) : written;
    }

    /** As {@link #series}, then SEASON_NOT_FOUND. */
    Outcome<Season> season(TitleId seriesId, int number) {
        return series(seriesId).flatMap(series -> seasons.byNumber(seriesId, number)
                .map(Outcome::accepted)
                .orElseGet(() -> Outcome.rejected(CatalogRejection.SEASON_NOT_FOUND)));
    }
}
