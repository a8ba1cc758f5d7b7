package app.marquee.adapter.persistence.library;

import app.marquee.application.library.port.out.LoadEpisodesPort;
import app.marquee.application.library.port.out.WatchProgressPort;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.library.progress.EpisodeInSeries;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.library.progress.WatchedItem;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Watch progress in PostgreSQL. Two reports for one entry, even from two instances at once,
 * end as one row (a unique key on viewer, title and episode, nulls equal) merged by the rules
 * the domain states: the one the server received last sets the position, the earliest
 * completion stays (an upsert, never a failed insert that would abort the transaction).
 * History pages are read newest first from an index, after an opaque cursor of this adapter's.
 */
@Singleton
public class WatchProgressPersistenceAdapter implements WatchProgressPort, LoadEpisodesPort {
    private final WatchProgressRepository progress;

    WatchProgressPersistenceAdapter(WatchProgressRepository progress) {
        this.progress = progress;
    }

    @Override
    public Optional<WatchProgress> find(AccountId viewer, WatchedItem item) {
        return progress.find(viewer.value(), item.title().value(), item.episode().map(EpisodeId::value).orElse(null))
                .map(WatchProgressMapper::toDomain);
    }

    @Override
    @Transactional
    public WatchProgress save(WatchProgress entry) {
        WatchProgressRow row = WatchProgressMapper.toRow(entry);
        progress.upsert(row.id(), row.accountId(), row.titleId(), row.episodeId(), row.positionSeconds(),
                row.runtimeSeconds(), row.finished(), row.completedAt(), row.updatedAt());
        return find(entry.viewer(), entry.item())
                .orElseThrow(() -> new IllegalStateException("the entry just saved is gone"));
    }

    @Override
    public Outcome<HistoryPage> history(AccountId viewer, Optional<String> after, int max) {
        Optional<HistoryCursor> cursor = after.flatMap(HistoryCursor::read);
        if (after.isPresent() && cursor.isEmpty()) {
            return Outcome.rejected(Rejection.onField(LibraryRejection.INVALID_CURSOR, "cursor"));
        }
        List<WatchProgressRow> rows = cursor
                .map(c -> progress.newestAfter(viewer.value(), c.updatedAt(), c.id(), max + 1))
                .orElseGet(() -> progress.newest(viewer.value(), max + 1));
        List<WatchProgressRow> page = rows.subList(0, Math.min(max, rows.size()));
        Optional<String> next = rows.size() > max
                ? Optional.of(HistoryCursor.after(page.get(page.size() - 1)).write()) : Optional.empty();
        return Outcome.accepted(new HistoryPage(page.stream().map(WatchProgressMapper::toDomain).toList(), next));
    }

    @Override
    public List<WatchProgress> recent(AccountId viewer, int max) {
        return progress.newest(viewer.value(), max).stream().map(WatchProgressMapper::toDomain).toList();
    }

    @Override
    public int forget(AccountId viewer, TitleId title, Optional<EpisodeId> episode) {
        return progress.delete(viewer.value(), title.value(), episode.map(EpisodeId::value).orElse(null));
    }

    @Override
    public Optional<EpisodeInSeries> byIdForReference(EpisodeId id) {
        return progress.episodeForKeyShare(id.value()).map(WatchProgressMapper::toDomain);
    }

    @Override
    public List<EpisodeInSeries> byIds(Collection<EpisodeId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return progress.episodes(ids.stream().map(EpisodeId::toString).distinct().toArray(String[]::new)).stream()
                .map(WatchProgressMapper::toDomain).toList();
    }
}
