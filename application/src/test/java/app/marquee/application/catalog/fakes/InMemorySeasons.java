package app.marquee.application.catalog.fakes;

import app.marquee.application.catalog.port.out.SeasonsPort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Seasons with their episodes, read as fresh copies. Season numbers are unique per series
 * (SEASON_NUMBER_TAKEN) and an update applies only to the version read (CONCURRENT_UPDATE).
 */
public final class InMemorySeasons implements SeasonsPort {
    private final Map<SeasonId, Season> rows = new LinkedHashMap<>();
    private Runnable beforeNextUpdate = () -> { };

    @Override
    public List<Season> ofSeries(TitleId seriesId) {
        return rows.values().stream().filter(s -> s.seriesId().equals(seriesId))
                .sorted(Comparator.comparingInt(Season::number)).map(InMemorySeasons::copy).toList();
    }

    @Override
    public Map<TitleId, List<Season>> ofSeries(Collection<TitleId> seriesIds) {
        Map<TitleId, List<Season>> found = new LinkedHashMap<>();
        seriesIds.stream().distinct().forEach(id -> {
            List<Season> of = ofSeries(id);
            if (!of.isEmpty()) {
                found.put(id, of);
            }
        });
        return found;
    }

    @Override
    public Optional<Season> byNumber(TitleId seriesId, int number) {
        return rows.values().stream().filter(s -> s.seriesId().equals(seriesId) && s.number() == number)
                .findFirst().map(InMemorySeasons::copy);
    }

    @Override
    public Outcome<Season> add(Season season) {
        if (rows.containsKey(season.id())) {
            throw new IllegalStateException("season " + season.id() + " was already added");
        }
        if (byNumber(season.seriesId(), season.number()).isPresent()) {
            return Outcome.rejected(Rejection.onField(CatalogRejection.SEASON_NUMBER_TAKEN, "number"));
        }
        Season stored = copy(season, 0);
        rows.put(stored.id(), stored);
        return Outcome.accepted(copy(stored));
    }

    @Override
    public Outcome<Season> update(Season season) {
        Runnable interleaved = beforeNextUpdate;
        beforeNextUpdate = () -> { };
        interleaved.run();
        Season current = rows.get(season.id());
        if (current == null) {
            throw new IllegalStateException("season " + season.id() + " was never added");
        }
        if (current.version() != season.version()) {
            return Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE);
        }
        Season stored = copy(season, season.version() + 1);
        rows.put(stored.id(), stored);
        return Outcome.accepted(copy(stored));
    }

    @Override
    public Outcome<SeasonId> delete(Season season) {
        Runnable interleaved = beforeNextUpdate;
        beforeNextUpdate = () -> { };
        interleaved.run();
        Season current = rows.get(season.id());
        if (current == null || current.version() != season.version()) {
            return Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE);
        }
        rows.remove(season.id());
        return Outcome.accepted(season.id());
    }

    /** Runs {@code concurrentWork} (another admin's edit) just before the next update is applied. */
    public void beforeNextUpdate(Runnable concurrentWork) {
        this.beforeNextUpdate = concurrentWork;
    }

    public Season seed(Season season) {
        return add(season).orElseThrow(rejection -> new IllegalStateException("cannot seed: " + rejection));
    }

    public Season stored(TitleId seriesId, int number) {
        return byNumber(seriesId, number)
                .orElseThrow(() -> new IllegalStateException("no season " + number + " of " + seriesId));
    }

    public int count() {
        return rows.size();
    }

    void deleteOfSeries(TitleId seriesId) {
        rows.values().removeIf(s -> s.seriesId().equals(seriesId));
    }

    private static Season copy(Season s) {
        return copy(s, s.version());
    }

    private static Season copy(Season s, long version) {
        return Season.rehydrate(s.id(), s.seriesId(), s.number(), s.name(), s.episodes(), version);
    }
}
