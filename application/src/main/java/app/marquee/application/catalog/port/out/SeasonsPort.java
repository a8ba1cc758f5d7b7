package app.marquee.application.catalog.port.out;

import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores seasons with their episodes. The database keeps season numbers unique per series
 * ({@code SEASON_NUMBER_TAKEN}) and episode numbers unique per season.
 */
public interface SeasonsPort {
    List<Season> ofSeries(TitleId seriesId);

    /** The seasons of several series at once, in number order per series; a series without any is left out. */
    Map<TitleId, List<Season>> ofSeries(Collection<TitleId> seriesIds);

    Optional<Season> byNumber(TitleId seriesId, int number);

    Outcome<Season> add(Season season);

    /** Writes the season and its episodes as they are now; {@code CONCURRENT_UPDATE} on a stale version. */
    Outcome<Season> update(Season season);

    /**
     * Deletes the season with its episodes, at the version it was read at: {@code CONCURRENT_UPDATE}
     * when someone changed it since, so an episode added meanwhile is never deleted unseen.
     */
    Outcome<SeasonId> delete(Season season);
}
