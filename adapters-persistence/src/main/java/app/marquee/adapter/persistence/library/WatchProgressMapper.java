package app.marquee.adapter.persistence.library;

import app.marquee.domain.catalog.season.Episode;
import app.marquee.domain.catalog.season.EpisodeId;
import app.marquee.domain.catalog.title.TitleId;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.library.progress.EpisodeInSeries;
import app.marquee.domain.library.progress.ResumePosition;
import app.marquee.domain.library.progress.WatchProgress;
import app.marquee.domain.library.progress.WatchedItem;

import java.util.Optional;
import java.util.UUID;

final class WatchProgressMapper {
    private WatchProgressMapper() {
    }

    /** A row for a new entry; {@code id} stays the first one's when the entry already exists. */
    static WatchProgressRow toRow(WatchProgress p) {
        return new WatchProgressRow(UUID.randomUUID(), p.viewer().value(), p.item().title().value(),
                p.item().episode().map(EpisodeId::value).orElse(null), p.position().seconds(),
                p.position().runtimeSeconds(), p.isFinished(), p.completedAt().orElse(null), p.updatedAt());
    }

    static WatchProgress toDomain(WatchProgressRow row) {
        return WatchProgress.rehydrate(new AccountId(row.accountId()),
                new WatchedItem(new TitleId(row.titleId()), Optional.ofNullable(row.episodeId()).map(EpisodeId::new)),
                new ResumePosition(row.positionSeconds(), row.runtimeSeconds()),
                Optional.ofNullable(row.completedAt()), row.updatedAt());
    }

    static EpisodeInSeries toDomain(EpisodeInSeriesRow row) {
        return new EpisodeInSeries(new TitleId(row.titleId()), row.seasonNumber(),
                new Episode(new EpisodeId(row.id()), row.number(), row.name(), row.synopsis(), row.runtimeMinutes()));
    }
}
