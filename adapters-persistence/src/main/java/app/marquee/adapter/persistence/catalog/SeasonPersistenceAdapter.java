package app.marquee.adapter.persistence.catalog;

import app.marquee.application.catalog.port.out.SeasonsPort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.Season;
import app.marquee.domain.catalog.season.SeasonId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Seasons and their episodes in PostgreSQL. A season number is taken once per series
 * ({@code SEASON_NUMBER_TAKEN} from an insert that does nothing on conflict); a season is written
 * only at the version it was read at ({@code CONCURRENT_UPDATE}), and its episodes with it in one
 * transaction, where episode numbers may be exchanged (their uniqueness is checked at commit).
 * Episodes keep their ids across writes, so what later refers to an episode stays valid.
 */
@Singleton
public class SeasonPersistenceAdapter implements SeasonsPort {
    private final SeasonRepository seasons;

    SeasonPersistenceAdapter(SeasonRepository seasons) {
        this.seasons = seasons;
    }

    @Override
    public List<Season> ofSeries(TitleId seriesId) {
        return withEpisodes(seasons.findByTitleIdOrderByNumber(seriesId.value()));
    }

    @Override
    public Map<TitleId, List<Season>> ofSeries(Collection<TitleId> seriesIds) {
        if (seriesIds.isEmpty()) {
            return Map.of();
        }
        return withEpisodes(seasons.ofTitles(seriesIds.stream().map(id -> id.value().toString()).distinct()
                .toArray(String[]::new))).stream()
                .collect(Collectors.groupingBy(Season::seriesId, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public Optional<Season> byNumber(TitleId seriesId, int number) {
        return seasons.findByTitleIdAndNumber(seriesId.value(), number)
                .map(row -> withEpisodes(List.of(row)).get(0));
    }

    @Override
    @Transactional
    public Outcome<Season> add(Season season) {
        SeasonRow row = SeasonMapper.toRow(season);
        if (seasons.insertUnlessNumberTaken(row.id(), row.titleId(), row.number(), row.name(), row.version()) == 0) {
            return Outcome.rejected(Rejection.onField(CatalogRejection.SEASON_NUMBER_TAKEN, "number"));
        }
        writeEpisodes(row.id(), season.episodes());
        return Outcome.accepted(season);
    }

    @Override
    @Transactional
    public Outcome<Season> update(Season season) {
        SeasonRow row = SeasonMapper.toRow(season);
        if (seasons.updateAtVersion(row.id(), row.version(), row.name()) == 0) {
            return Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE);
        }
        writeEpisodes(row.id(), season.episodes());
        return Outcome.accepted(SeasonMapper.nextVersion(season));
    }

    @Override
    public Outcome<SeasonId> delete(Season season) {
        if (seasons.deleteAtVersion(season.id().value(), season.version()) == 0) {
            return Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE);
        }
        return Outcome.accepted(season.id());
    }

    /** Makes the season's episodes exactly {@code episodes}: the others removed, these inserted or rewritten. */
    private void writeEpisodes(UUID seasonId, List<Episode> episodes) {
        String[] ids = episodes.stream().map(e -> e.id().value().toString()).toArray(String[]::new);
        seasons.deleteEpisodesOtherThan(seasonId, ids);
        if (!episodes.isEmpty()) {
            seasons.upsertEpisodes(seasonId, ids,
                    episodes.stream().map(Episode::number).toArray(Integer[]::new),
                    episodes.stream().map(Episode::name).toArray(String[]::new),
                    episodes.stream().map(Episode::synopsis).toArray(String[]::new),
                    episodes.stream().map(Episode::runtimeMinutes).toArray(Integer[]::new));
        }
    }

    private List<Season> withEpisodes(List<SeasonRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<EpisodeRow>> episodes = seasons.episodesOf(
                        TitleMapper.ids(rows.stream().map(SeasonRow::id).toList()))
                .stream().collect(Collectors.groupingBy(EpisodeRow::seasonId));
        return rows.stream().map(row -> SeasonMapper.toDomain(row, episodes.getOrDefault(row.id(), List.of())))
                .toList();
    }
}
