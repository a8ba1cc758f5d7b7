package app.marquee.adapter.persistence.catalog;

import app.marquee.application.catalog.port.out.LoadTitlePort;
import app.marquee.application.catalog.port.out.SaveTitlePort;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.catalog.title.Credit;
import app.marquee.domain.catalog.title.Title;
import app.marquee.domain.catalog.title.TitleDetails;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.shared.Outcome;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Titles in PostgreSQL, with their genres and credits. A title is written whole: its row, then
 * its genres and credits replaced, in one transaction (the caller's, or one of its own). An
 * update applies only at the version the title was read at, and a lost race comes back as
 * {@code CONCURRENT_UPDATE}, without a failed statement that would abort the transaction.
 */
@Singleton
public class TitlePersistenceAdapter implements LoadTitlePort, SaveTitlePort {
    private final TitleRepository titles;

    TitlePersistenceAdapter(TitleRepository titles) {
        this.titles = titles;
    }

    @Override
    public Optional<Title> byId(TitleId id) {
        return titles.findById(id.value()).map(row -> withParts(List.of(row)).get(0));
    }

    @Override
    public List<Title> byIds(Collection<TitleId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withParts(titles.findByIdIn(ids.stream().map(id -> id.value().toString()).distinct()
                .toArray(String[]::new)));
    }

    @Override
    public Optional<Title> byIdForReference(TitleId id) {
        return titles.findByIdForKeyShare(id.value()).map(row -> withParts(List.of(row)).get(0));
    }

    @Override
    public Optional<Title> byIdForRemoval(TitleId id) {
        return titles.findByIdForUpdate(id.value()).map(row -> withParts(List.of(row)).get(0));
    }

    @Override
    @Transactional
    public Title add(Title title) {
        TitleRow row = TitleMapper.toRow(title);
        titles.insert(row.id(), row.kind(), row.status(), row.name(), row.originalName(), row.synopsis(),
                row.releaseYear(), row.runtimeMinutes(), row.ageRating(), row.trailerUrl(), row.audioLanguages(),
                row.subtitleLanguages(), TitleMapper.genreIds(title.details()), row.posterBlobKey(),
                row.posterMediaType(), row.posterWidth(),
                row.posterHeight(), row.posterBytes(), row.posterSha256(), row.backdropBlobKey(),
                row.backdropMediaType(), row.backdropWidth(), row.backdropHeight(), row.backdropBytes(),
                row.backdropSha256(), row.createdAt(), row.updatedAt(), row.version());
        writeParts(row.id(), title.details());
        return title;
    }

    @Override
    @Transactional
    public Outcome<Title> update(Title title) {
        TitleRow row = TitleMapper.toRow(title);
        int updated = titles.updateAtVersion(row.id(), row.version(), row.status(), row.name(), row.originalName(),
                row.synopsis(), row.releaseYear(), row.runtimeMinutes(), row.ageRating(), row.trailerUrl(),
                row.audioLanguages(), row.subtitleLanguages(), TitleMapper.genreIds(title.details()),
                row.posterBlobKey(), row.posterMediaType(),
                row.posterWidth(), row.posterHeight(), row.posterBytes(), row.posterSha256(),
                row.backdropBlobKey(), row.backdropMediaType(), row.backdropWidth(), row.backdropHeight(),
                row.backdropBytes(), row.backdropSha256(), row.updatedAt());
        if (updated == 0) {
            return Outcome.rejected(CatalogRejection.CONCURRENT_UPDATE);
        }
        titles.deleteGenres(row.id());
        titles.deleteCredits(row.id());
        writeParts(row.id(), title.details());
        return Outcome.accepted(TitleMapper.nextVersion(title));
    }

    @Override
    public void delete(TitleId id) {
        titles.delete(id.value());
    }

    private void writeParts(UUID titleId, TitleDetails details) {
        if (!details.genres().isEmpty()) {
            titles.insertGenres(titleId, TitleMapper.genreIds(details));
        }
        List<Credit> credits = details.credits();
        if (!credits.isEmpty()) {
            titles.insertCredits(titleId,
                    credits.stream().map(c -> c.personId().value().toString()).toArray(String[]::new),
                    credits.stream().map(c -> c.role().name()).toArray(String[]::new),
                    credits.stream().map(c -> c.character().orElse(null)).toArray(String[]::new),
                    credits.stream().map(Credit::billing).toArray(Integer[]::new));
        }
    }

    /** The titles of {@code rows} with their genres and credits, read in two statements for all of them. */
    private List<Title> withParts(List<TitleRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        String[] ids = TitleMapper.ids(rows.stream().map(TitleRow::id).toList());
        Map<UUID, List<TitleGenreRow>> genres = titles.genresOf(ids).stream()
                .collect(Collectors.groupingBy(TitleGenreRow::titleId));
        Map<UUID, List<CreditRow>> credits = titles.creditsOf(ids).stream()
                .collect(Collectors.groupingBy(CreditRow::titleId));
        return rows.stream().map(row -> TitleMapper.toDomain(row, genres.getOrDefault(row.id(), List.of()),
                credits.getOrDefault(row.id(), List.of()))).toList();
    }
}
