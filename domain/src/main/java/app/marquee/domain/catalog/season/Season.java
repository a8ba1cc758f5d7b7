package app.marquee.domain.catalog.season;

import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A season of a series and its episodes. Season numbers are unique within a series (0 holds the
 * specials); episode numbers are unique within a season, and episodes are kept in number order.
 */
public final class Season {
    private final SeasonId id;
    private final TitleId seriesId;
    private final int number;
    private Optional<String> name;
    private final List<Episode> episodes;
    private final long version;

    private Season(SeasonId id, TitleId seriesId, int number, Optional<String> name, List<Episode> episodes,
                   long version) {
        this.id = Objects.requireNonNull(id);
        this.seriesId = Objects.requireNonNull(seriesId);
        if (number < 0 || number > 999) {
            throw new IllegalArgumentException("seasons are numbered 0 (specials) to 999");
        }
        this.number = number;
        this.name = checkedName(name);
        this.episodes = new ArrayList<>(episodes);
        this.episodes.sort(Comparator.comparingInt(Episode::number));
        if (this.episodes.stream().map(Episode::number).distinct().count() != this.episodes.size()) {
            throw new IllegalArgumentException("episode numbers are unique within a season");
        }
        this.version = version;
    }

    public static Season open(TitleId seriesId, int number, Optional<String> name) {
        return new Season(SeasonId.newId(), seriesId, number, name, List.of(), 0);
    }

    /** For the persistence adapter only. */
    public static Season rehydrate(SeasonId id, TitleId seriesId, int number, Optional<String> name,
                                   List<Episode> episodes, long version) {
        return new Season(id, seriesId, number, name, episodes, version);
    }

    public void rename(Optional<String> newName) {
        this.name = checkedName(newName);
    }

    public Outcome<Episode> add(Episode episode) {
        if (episode(episode.number()).isPresent()) {
            return Outcome.rejected(Rejection.onField(CatalogRejection.EPISODE_NUMBER_TAKEN, "number"));
        }
        episodes.add(episode);
        episodes.sort(Comparator.comparingInt(Episode::number));
        return Outcome.accepted(episode);
    }

    /** Replaces an episode (same id); its new number must not be another episode's. */
    public Outcome<Episode> replace(Episode revised) {
        Optional<Episode> current = episodes.stream().filter(e -> e.id().equals(revised.id())).findFirst();
        if (current.isEmpty()) {
            return Outcome.rejected(CatalogRejection.EPISODE_NOT_FOUND);
        }
        if (episode(revised.number()).filter(other -> !other.id().equals(revised.id())).isPresent()) {
            return Outcome.rejected(Rejection.onField(CatalogRejection.EPISODE_NUMBER_TAKEN, "number"));
        }
        episodes.set(episodes.indexOf(current.get()), revised);
        episodes.sort(Comparator.comparingInt(Episode::number));
        return Outcome.accepted(revised);
    }

    public Outcome<Episode> remove(EpisodeId episodeId) {
        Optional<Episode> current = episodes.stream().filter(e -> e.id().equals(episodeId)).findFirst();
        current.ifPresent(episodes::remove);
        return current.map(Outcome::accepted).orElseGet(() -> Outcome.rejected(CatalogRejection.EPISODE_NOT_FOUND));
    }

    public Optional<Episode> episode(int episodeNumber) {
        return episodes.stream().filter(e -> e.number() == episodeNumber).findFirst();
    }

    private static Optional<String> checkedName(Optional<String> name) {
        Optional<String> stripped = Objects.requireNonNull(name).map(String::strip).filter(n -> !n.isEmpty());
        if (stripped.map(n -> n.length() > 200 || n.codePoints().anyMatch(Character::isISOControl)).orElse(false)) {
            throw new IllegalArgumentException("a season name is at most 200 characters");
        }
        return stripped;
    }

    public SeasonId id() {
        return id;
    }

    public TitleId seriesId() {
        return seriesId;
    }

    public int number() {
        return number;
    }

    public Optional<String> name() {
        return name;
    }

    public List<Episode> episodes() {
        return List.copyOf(episodes);
    }

    public long version() {
        return version;
    }
}
