package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.port.in.RefreshSessionCommand;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.IssuedRefreshToken;
import app.marquee.domain.identity.session.RefreshToken;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class SignOutServiceTest {
    private final IdentityFixture world = new IdentityFixture();
    private final SignOutService signOut = new SignOutService(world.sessions, world.sessions, world.clock);
    private final Account ann = world.account("ann@example.org", "correct horse battery staple");

    @Test
    void signingOutRevokesTheSessionTheTokenBelongsTo() {
        Session.Opened opened = world.signedIn(ann);
        world.clock.advance(Duration.ofMinutes(5));

        signOut.signOut(new RefreshSessionCommand(opened.refreshToken().secret()));

        Session stored = world.sessions.stored(opened.session().id());
        assertThat(stored.revocationReason()).contains(RevocationReason.SIGNED_OUT);
        assertThat(stored.revokedAt()).contains(world.clock.instant());
    }

    @Test
    void signingOutTwiceIsHarmlessAndKeepsTheFirstTime() {
        Session.Opened opened = world.signedIn(ann);
        Instant firstSignOut = world.clock.instant();
        signOut.signOut(new RefreshSessionCommand(opened.refreshToken().secret()));
        world.clock.advance(Duration.ofMinutes(5));

        assertThatCode(() -> signOut.signOut(new RefreshSessionCommand(opened.refreshToken().secret())))
                .doesNotThrowAnyException();

        assertThat(world.sessions.stored(opened.session().id()).revokedAt()).contains(firstSignOut);
    }

    @Test
    void anUnknownTokenIsNotAnErrorAndTouchesNothing() {
        Session.Opened opened = world.signedIn(ann);

        assertThatCode(() -> signOut.signOut(new RefreshSessionCommand("never-issued")))
                .doesNotThrowAnyException();

        assertThat(world.sessions.stored(opened.session().id()).isRevoked()).isFalse();
    }

    @Test
    void anOlderTokenOfTheSessionStillSignsItOut() {
        Session.Opened opened = world.signedIn(ann);
        Session session = world.sessions.stored(opened.session().id());
        RefreshToken presented = world.sessions.storedToken(opened.refreshToken().secret());
        IssuedRefreshToken next = session
                .rotate(presented, world.clock.instant(), IdentityFixture.REFRESH_TTL, new SecureRandom())
                .orElseThrow(r -> new IllegalStateException(r.toString()));
        world.sessions.rotate(session, presented, next.token());

        signOut.signOut(new RefreshSessionCommand(opened.refreshToken().secret()));

        assertThat(world.sessions.stored(opened.session().id()).isRevoked()).isTrue();
    }

    @Test
    void signingOutOneDeviceLeavesTheOthersSignedIn() {
        Session.Opened phone = world.signedIn(ann);
        Session.Opened laptop = world.signedIn(ann);

        signOut.signOut(new RefreshSessionCommand(phone.refreshToken().secret()));

        assertThat(world.sessions.stored(phone.session().id()).isRevoked()).isTrue();
        assertThat(world.sessions.stored(laptop.session().id()).isRevoked()).isFalse();
    }
}
