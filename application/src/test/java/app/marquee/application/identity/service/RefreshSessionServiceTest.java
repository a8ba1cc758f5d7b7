package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.port.in.RefreshSessionCommand;
import app.marquee.application.identity.port.in.SessionTokens;
import app.marquee.application.identity.port.in.SignInCommand;
import app.marquee.application.identity.port.out.LoadSessionPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.RefreshToken;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.SessionId;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshSessionServiceTest {
    private static final String PASSWORD = "correct horse battery staple";

    private final IdentityFixture world = new IdentityFixture();
    private final SessionOpener opener = world.opener();
    private final SignInService signIn = new SignInService(world.accounts, world.accounts, world.attempts(),
            world.hasher, opener, world.secondFactorGate(), world.unitOfWork, world.clock);
    private final RefreshSessionService refresh = new RefreshSessionService(world.sessions, world.sessions,
            world.accounts, opener, world.clock);

    private Account ann;
    private SessionTokens signedIn;

    @BeforeEach
    void annSignsIn() {
        ann = world.account("ann@example.org", PASSWORD);
        signedIn = IdentityFixture.tokens(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD)))
                .orElseThrow(r -> new IllegalStateException(r.toString()));
        world.clock.advance(Duration.ofMinutes(20));
    }

    @Test
    void rotationReturnsANewRefreshTokenAndAFreshAccessToken() {
        Instant now = world.clock.instant();

        SessionTokens next = accepted(refresh.refresh(new RefreshSessionCommand(signedIn.refreshToken())));

        assertThat(next.sessionId()).isEqualTo(signedIn.sessionId());
        assertThat(next.refreshToken()).isNotEqualTo(signedIn.refreshToken()).hasSize(43);
        assertThat(next.accessToken()).isNotEqualTo(signedIn.accessToken()).contains(ann.id().toString());
        assertThat(next.account().id()).isEqualTo(ann.id());
        assertThat(world.sessions.storedToken(signedIn.refreshToken()).usedAt()).contains(now);
        RefreshToken stored = world.sessions.storedToken(next.refreshToken());
        assertThat(stored.usedAt()).isEmpty();
        assertThat(stored.expiresAt()).isEqualTo(now.plus(IdentityFixture.REFRESH_TTL));
        assertThat(world.sessions.stored(signedIn.sessionId()).lastRefreshedAt()).isEqualTo(now);
    }

    @Test
    void eachNewTokenCanItselfBeRotated() {
        SessionTokens second = accepted(refresh.refresh(new RefreshSessionCommand(signedIn.refreshToken())));
        world.clock.advance(Duration.ofMinutes(20));

        SessionTokens third = accepted(refresh.refresh(new RefreshSessionCommand(second.refreshToken())));

        assertThat(third.refreshToken()).isNotIn(signedIn.refreshToken(), second.refreshToken());
        assertThat(world.sessions.stored(signedIn.sessionId()).isRevoked()).isFalse();
    }

    @Test
    void reusingARotatedTokenRevokesTheSessionSoEvenTheNewTokenStopsWorking() {
        SessionTokens second = accepted(refresh.refresh(new RefreshSessionCommand(signedIn.refreshToken())));
        world.clock.advance(Duration.ofMinutes(1));
        Instant replayedAt = world.clock.instant();

        Outcome<SessionTokens> replay = refresh.refresh(new RefreshSessionCommand(signedIn.refreshToken()));

        assertThat(replay).isEqualTo(Outcome.rejected(IdentityRejection.REFRESH_TOKEN_REUSED));
        Session session = world.sessions.stored(signedIn.sessionId());
        assertThat(session.revocationReason()).contains(RevocationReason.TOKEN_REUSED);
        assertThat(session.revokedAt()).contains(replayedAt);
        assertThat(refresh.refresh(new RefreshSessionCommand(second.refreshToken())))
                .isEqualTo(Outcome.rejected(IdentityRejection.SESSION_REVOKED));
    }

    @Test
    void anUnknownTokenIsInvalid() {
        Outcome<SessionTokens> outcome = refresh.refresh(new RefreshSessionCommand("never-issued-token"));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_REFRESH_TOKEN));
    }

    @Test
    void anExpiredTokenIsInvalidAndLeavesTheSessionAlone() {
        world.clock.set(IdentityFixture.START.plus(IdentityFixture.REFRESH_TTL));

        Outcome<SessionTokens> outcome = refresh.refresh(new RefreshSessionCommand(signedIn.refreshToken()));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_REFRESH_TOKEN));
        assertThat(world.sessions.stored(signedIn.sessionId()).isRevoked()).isFalse();
        assertThat(world.sessions.storedToken(signedIn.refreshToken()).usedAt()).isEmpty();
    }

    @Test
    void aSignedOutSessionCannotBeRefreshed() {
        new SignOutService(world.sessions, world.sessions, world.clock)
                .signOut(new RefreshSessionCommand(signedIn.refreshToken()));

        Outcome<SessionTokens> outcome = refresh.refresh(new RefreshSessionCommand(signedIn.refreshToken()));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.SESSION_REVOKED));
    }

    @Test
    void aDisabledAccountCannotRefresh() {
        Account stored = world.accounts.stored(ann.id());
        stored.setDisabled(true, world.clock.instant());
        world.accounts.update(stored);

        Outcome<SessionTokens> outcome = refresh.refresh(new RefreshSessionCommand(signedIn.refreshToken()));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.SESSION_REVOKED));
        assertThat(world.sessions.storedToken(signedIn.refreshToken()).usedAt()).isEmpty();
    }

    @Test
    void aRefreshThatLosesTheRaceForATokenIsTreatedAsReuse() {
        RefreshToken readBeforeTheWinnerCommitted = world.sessions.storedToken(signedIn.refreshToken());
        SessionTokens winner = accepted(refresh.refresh(new RefreshSessionCommand(signedIn.refreshToken())));
        int tokensAfterTheWinner = world.sessions.tokenCount();
        RefreshSessionService loser = new RefreshSessionService(staleTokens(readBeforeTheWinnerCommitted),
                world.sessions, world.accounts, opener, world.clock);

        Outcome<SessionTokens> outcome = loser.refresh(new RefreshSessionCommand(signedIn.refreshToken()));

        assertThat(outcome).isEqualTo(Outcome.rejected(IdentityRejection.REFRESH_TOKEN_REUSED));
        assertThat(world.sessions.tokenCount()).as("the loser's token is never stored")
                .isEqualTo(tokensAfterTheWinner);
        assertThat(world.sessions.stored(signedIn.sessionId()).revocationReason())
                .contains(RevocationReason.TOKEN_REUSED);
        assertThat(refresh.refresh(new RefreshSessionCommand(winner.refreshToken())))
                .isEqualTo(Outcome.rejected(IdentityRejection.SESSION_REVOKED));
    }

    /** Reads sessions from the store, but the token as it was before a concurrent request used it. */
    private LoadSessionPort staleTokens(RefreshToken stale) {
        return new LoadSessionPort() {
            @Override
            public Optional<Session> byId(SessionId id) {
                return world.sessions.byId(id);
            }

            @Override
            public Optional<RefreshToken> tokenByDigest(TokenDigest digest) {
                return Optional.of(stale).filter(token -> token.digest().equals(digest));
            }

            @Override
            public List<Session> ofAccount(AccountId accountId) {
                return world.sessions.ofAccount(accountId);
            }
        };
    }

    private static SessionTokens accepted(Outcome<SessionTokens> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException("expected new tokens, got " + rejection));
    }
}
