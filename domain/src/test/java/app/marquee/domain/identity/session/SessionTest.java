package app.marquee.domain.identity.session;

import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.shared.Outcome;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SessionTest {
    private static final Instant SIGNED_IN = Instant.parse("2026-02-01T08:00:00Z");
    private static final Duration TTL = Duration.ofDays(14);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountId ann = AccountId.newId();

    @Test
    void openingIssuesAFirstTokenStoredOnlyAsTheDigestOfItsSecret() {
        Session.Opened opened = Session.open(ann, SIGNED_IN, TTL, RANDOM);
        Session session = opened.session();
        IssuedRefreshToken first = opened.refreshToken();

        assertThat(first.token().digest()).isEqualTo(TokenDigest.of(first.secret()));
        assertThat(first.token().sessionId()).isEqualTo(session.id());
        assertThat(first.token().issuedAt()).isEqualTo(SIGNED_IN);
        assertThat(first.token().expiresAt()).isEqualTo(SIGNED_IN.plus(TTL));
        assertThat(first.token().usedAt()).isEmpty();
        assertThat(session.accountId()).isEqualTo(ann);
        assertThat(session.createdAt()).isEqualTo(SIGNED_IN);
        assertThat(session.lastRefreshedAt()).isEqualTo(SIGNED_IN);
        assertThat(session.isRevoked()).isFalse();
        assertThat(session.revokedAt()).isEmpty();
        assertThat(session.revocationReason()).isEmpty();
    }

    @Test
    void everySignInIsItsOwnSession() {
        Session.Opened one = Session.open(ann, SIGNED_IN, TTL, RANDOM);
        Session.Opened two = Session.open(ann, SIGNED_IN, TTL, RANDOM);

        assertThat(one.session().id()).isNotEqualTo(two.session().id());
        assertThat(one.refreshToken().secret()).isNotEqualTo(two.refreshToken().secret());
    }

    @Test
    void rotatingRetiresThePresentedTokenAndIssuesANewOne() {
        Session.Opened opened = Session.open(ann, SIGNED_IN, TTL, RANDOM);
        RefreshToken first = opened.refreshToken().token();
        Instant anHourLater = SIGNED_IN.plus(Duration.ofHours(1));

        Outcome<IssuedRefreshToken> rotated = opened.session().rotate(first, anHourLater, TTL, RANDOM);

        assertThat(rotated).isInstanceOfSatisfying(Outcome.Accepted.class, accepted -> {
            IssuedRefreshToken next = (IssuedRefreshToken) accepted.value();
            assertThat(next.secret()).isNotEqualTo(opened.refreshToken().secret());
            assertThat(next.token().digest()).isEqualTo(TokenDigest.of(next.secret())).isNotEqualTo(first.digest());
            assertThat(next.token().sessionId()).isEqualTo(opened.session().id());
            assertThat(next.token().issuedAt()).isEqualTo(anHourLater);
            assertThat(next.token().expiresAt()).isEqualTo(anHourLater.plus(TTL));
            assertThat(next.token().usedAt()).isEmpty();
        });
        assertThat(first.usedAt()).contains(anHourLater);
        assertThat(opened.session().lastRefreshedAt()).isEqualTo(anHourLater);
        assertThat(opened.session().isRevoked()).isFalse();
    }

    @Test
    void cannotReuseARefreshTokenAndTheWholeSessionIsRevoked() {
        Session.Opened opened = Session.open(ann, SIGNED_IN, TTL, RANDOM);
        Session session = opened.session();
        RefreshToken first = opened.refreshToken().token();
        IssuedRefreshToken second = accepted(session.rotate(first, SIGNED_IN.plusSeconds(60), TTL, RANDOM));
        Instant replayedAt = SIGNED_IN.plusSeconds(120);

        Outcome<IssuedRefreshToken> replay = session.rotate(first, replayedAt, TTL, RANDOM);

        assertThat(replay).isEqualTo(Outcome.rejected(IdentityRejection.REFRESH_TOKEN_REUSED));
        assertThat(session.isRevoked()).isTrue();
        assertThat(session.revocationReason()).contains(RevocationReason.TOKEN_REUSED);
        assertThat(session.revokedAt()).contains(replayedAt);
        assertThat(session.rotate(second.token(), replayedAt.plusSeconds(1), TTL, RANDOM))
                .isEqualTo(Outcome.rejected(IdentityRejection.SESSION_REVOKED));
        assertThat(second.token().usedAt()).isEmpty();
    }

    @Test
    void anExpiredTokenIsInvalidButDoesNotRevokeTheSession() {
        Session.Opened opened = Session.open(ann, SIGNED_IN, TTL, RANDOM);
        RefreshToken first = opened.refreshToken().token();

        Outcome<IssuedRefreshToken> late = opened.session().rotate(first, SIGNED_IN.plus(TTL), TTL, RANDOM);

        assertThat(late).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_REFRESH_TOKEN));
        assertThat(first.usedAt()).isEmpty();
        assertThat(opened.session().isRevoked()).isFalse();
        assertThat(opened.session().lastRefreshedAt()).isEqualTo(SIGNED_IN);
    }

    @Test
    void aTokenStillWorksAMomentBeforeItExpires() {
        Session.Opened opened = Session.open(ann, SIGNED_IN, TTL, RANDOM);

        Outcome<IssuedRefreshToken> justInTime = opened.session()
                .rotate(opened.refreshToken().token(), SIGNED_IN.plus(TTL).minusMillis(1), TTL, RANDOM);

        assertThat(justInTime.isAccepted()).isTrue();
    }

    @Test
    void aRevokedSessionRefusesEvenAFreshToken() {
        Session.Opened opened = Session.open(ann, SIGNED_IN, TTL, RANDOM);
        opened.session().revoke(RevocationReason.SIGNED_OUT, SIGNED_IN.plusSeconds(10));

        Outcome<IssuedRefreshToken> refused = opened.session()
                .rotate(opened.refreshToken().token(), SIGNED_IN.plusSeconds(20), TTL, RANDOM);

        assertThat(refused).isEqualTo(Outcome.rejected(IdentityRejection.SESSION_REVOKED));
        assertThat(opened.refreshToken().token().usedAt()).isEmpty();
        assertThat(opened.session().revocationReason()).contains(RevocationReason.SIGNED_OUT);
    }

    @Test
    void revokingKeepsTheFirstReasonAndTime() {
        Session session = Session.open(ann, SIGNED_IN, TTL, RANDOM).session();
        Instant signedOut = SIGNED_IN.plusSeconds(30);

        session.revoke(RevocationReason.SIGNED_OUT, signedOut);
        session.revoke(RevocationReason.PASSWORD_CHANGED, signedOut.plusSeconds(30));

        assertThat(session.isRevoked()).isTrue();
        assertThat(session.revocationReason()).contains(RevocationReason.SIGNED_OUT);
        assertThat(session.revokedAt()).contains(signedOut);
    }

    @Test
    void refusesATokenFromAnotherSessionAsAProgrammingError() {
        Session.Opened mine = Session.open(ann, SIGNED_IN, TTL, RANDOM);
        Session.Opened other = Session.open(ann, SIGNED_IN, TTL, RANDOM);

        assertThatThrownBy(() -> mine.session().rotate(other.refreshToken().token(), SIGNED_IN, TTL, RANDOM))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(other.refreshToken().token().usedAt()).isEmpty();
    }

    @Test
    void aRevokedSessionSaysWhenAndWhy() {
        SessionId id = SessionId.newId();

        assertThatThrownBy(() -> Session.rehydrate(id, ann, SIGNED_IN, SIGNED_IN, SIGNED_IN, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Session.rehydrate(id, ann, SIGNED_IN, SIGNED_IN, null, RevocationReason.SIGNED_OUT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Session.rehydrate(id, ann, SIGNED_IN, SIGNED_IN, SIGNED_IN, RevocationReason.ACCOUNT_CLOSED)
                .revocationReason()).contains(RevocationReason.ACCOUNT_CLOSED);
    }

    @Test
    void aRehydratedUsedTokenIsStillRecognisedAsReused() {
        Session session = Session.rehydrate(SessionId.newId(), ann, SIGNED_IN, SIGNED_IN, null, null);
        RefreshToken used = RefreshToken.rehydrate(TokenDigest.of("old-secret"), session.id(), SIGNED_IN,
                SIGNED_IN.plus(TTL), SIGNED_IN.plusSeconds(5));

        assertThat(session.rotate(used, SIGNED_IN.plusSeconds(10), TTL, RANDOM))
                .isEqualTo(Outcome.rejected(IdentityRejection.REFRESH_TOKEN_REUSED));
        assertThat(session.revocationReason()).contains(RevocationReason.TOKEN_REUSED);
    }

    @Test
    void aRefreshTokenExpiresAfterItIsIssued() {
        assertThatThrownBy(() -> RefreshToken.rehydrate(TokenDigest.of("x"), SessionId.newId(), SIGNED_IN,
                SIGNED_IN, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anIssuedTokenNeverPrintsItsSecret() {
        IssuedRefreshToken issued = Session.open(ann, SIGNED_IN, TTL, RANDOM).refreshToken();

        assertThat(issued.toString()).doesNotContain(issued.secret()).doesNotContain(issued.token().digest().hex());
    }

    private static IssuedRefreshToken accepted(Outcome<IssuedRefreshToken> outcome) {
        return outcome.orElseThrow(rejection -> new IllegalStateException("expected a new token, got " + rejection));
    }
}
