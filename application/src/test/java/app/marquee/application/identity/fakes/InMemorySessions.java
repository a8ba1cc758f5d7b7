package app.marquee.application.identity.fakes;

import app.marquee.application.identity.port.out.LoadSessionPort;
import app.marquee.application.identity.port.out.SaveSessionPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.RefreshToken;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.SessionId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.shared.Outcome;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions and their refresh tokens kept like a database keeps them: reads return copies, and a
 * rotation whose token another request used first is refused with nothing written.
 */
public final class InMemorySessions implements LoadSessionPort, SaveSessionPort {
    private final Map<SessionId, Session> sessions = new LinkedHashMap<>();
    private final Map<TokenDigest, RefreshToken> tokens = new HashMap<>();

    @Override
    public Optional<Session> byId(SessionId id) {
        return Optional.ofNullable(sessions.get(id)).map(InMemorySessions::copy);
    }

    @Override
    public Optional<RefreshToken> tokenByDigest(TokenDigest digest) {
        return Optional.ofNullable(tokens.get(digest)).map(InMemorySessions::copy);
    }

    @Override
    public List<Session> ofAccount(AccountId accountId) {
        return sessions.values().stream().filter(s -> s.accountId().equals(accountId))
                .map(InMemorySessions::copy).toList();
    }

    @Override
    public void open(Session session, RefreshToken first) {
        if (sessions.containsKey(session.id()) || !first.sessionId().equals(session.id())) {
            throw new IllegalStateException("a new session opens with its own first token");
        }
        sessions.put(session.id(), copy(session));
        tokens.put(first.digest(), copy(first));
    }

    @Override
    public Outcome<Session> rotate(Session session, RefreshToken used, RefreshToken next) {
        RefreshToken stored = tokens.get(used.digest());
        if (stored == null || !sessions.containsKey(session.id())) {
            throw new IllegalStateException("rotation of a token never stored");
        }
        if (stored.usedAt().isPresent()) {
            return Outcome.rejected(IdentityRejection.REFRESH_TOKEN_REUSED);
        }
        tokens.put(used.digest(), copy(used));
        tokens.put(next.digest(), copy(next));
        sessions.put(session.id(), copy(session));
        return Outcome.accepted(copy(session));
    }

    @Override
    public void update(Session session) {
        if (!sessions.containsKey(session.id())) {
            throw new IllegalStateException("update of a session never opened");
        }
        sessions.put(session.id(), copy(session));
    }

    @Override
    public int revokeAll(AccountId accountId, Optional<SessionId> keep, RevocationReason reason, Instant now) {
        int revoked = 0;
        for (Session stored : List.copyOf(sessions.values())) {
            if (stored.accountId().equals(accountId) && !stored.isRevoked()
                    && keep.map(id -> !id.equals(stored.id())).orElse(true)) {
                Session changed = copy(stored);
                changed.revoke(reason, now);
                sessions.put(changed.id(), changed);
                revoked++;
            }
        }
        return revoked;
    }

    /** The session as currently stored; fails the test if there is none. */
    public Session stored(SessionId id) {
        return byId(id).orElseThrow(() -> new IllegalStateException("no session " + id));
    }

    /** The stored refresh token whose secret this is; fails the test if there is none. */
    public RefreshToken storedToken(String secret) {
        return tokenByDigest(TokenDigest.of(secret)).orElseThrow(() -> new IllegalStateException("no such token"));
    }

    public int sessionCount() {
        return sessions.size();
    }

    public int tokenCount() {
        return tokens.size();
    }

    private static Session copy(Session s) {
        return Session.rehydrate(s.id(), s.accountId(), s.createdAt(), s.lastRefreshedAt(), s.revokedAt().orElse(null),
                s.revocationReason().orElse(null));
    }

    private static RefreshToken copy(RefreshToken t) {
        return RefreshToken.rehydrate(t.digest(), t.sessionId(), t.issuedAt(), t.expiresAt(), t.usedAt().orElse(null));
    }
}
