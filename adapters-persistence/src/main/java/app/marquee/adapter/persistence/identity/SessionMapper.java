package app.marquee.adapter.persistence.identity;

import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.SessionId;

/** Between a {@link Session} and its row. */
final class SessionMapper {
    private SessionMapper() {
    }

    static SessionRow toRow(Session session) {
        return new SessionRow(
                session.id().value(),
                session.accountId().value(),
                session.createdAt(),
                session.lastRefreshedAt(),
                session.revokedAt().orElse(null),
                session.revocationReason().map(Enum::name).orElse(null));
    }

    static Session toDomain(SessionRow row) {
        return Session.rehydrate(
                new SessionId(row.id()),
                new AccountId(row.accountId()),
                row.createdAt(),
                row.lastRefreshedAt(),
                row.revokedAt(),
                row.revocationReason() == null ? null : RevocationReason.valueOf(row.revocationReason()));
    }
}
