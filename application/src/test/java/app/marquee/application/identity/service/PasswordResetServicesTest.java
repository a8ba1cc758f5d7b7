package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.fakes.PlainTextHasher;
import app.marquee.application.identity.port.in.CompletePasswordResetCommand;
import app.marquee.application.identity.port.in.SignInCommand;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordResetServicesTest {
    private static final String OLD = "correct horse battery staple";
    private static final String NEW = "a brand new long passphrase";
    private final IdentityFixture world = new IdentityFixture();
    private final RequestPasswordResetService request = new RequestPasswordResetService(world.accounts,
            world.mailLimit(), world.mail(), world.allOrNothing, world.clock);
    private final CompletePasswordResetService complete = new CompletePasswordResetService(world.tokens,
            world.accounts, world.accounts, world.sessions, world.challenges, world.failures, world.hasher,
            world.passwordPolicy(), world.allOrNothing, world.clock);
    private final Account ann = world.account("ann@example.org", OLD);

    @Test
    void aKnownAndAnUnknownAddressGetTheSameAnswerButOnlyTheAccountIsMailed() {
        Outcome<?> known = request.request(new EmailAddress("ann@example.org"));
        Outcome<?> unknown = request.request(new EmailAddress("nobody@example.org"));

        assertThat(known).isEqualTo(unknown).isEqualTo(Outcome.accepted(IdentityFixture.START));
        assertThat(world.outbox.of(MessageKind.PASSWORD_RESET)).singleElement().satisfies(mail -> {
            assertThat(mail.recipient()).isEqualTo("ann@example.org");
            assertThat(mail.data().secrets()).containsExactlyInAnyOrder("link", "token");
            assertThat(mail.data().values().get("expiresAt")).isEqualTo(IdentityFixture.START.plus(Duration.ofMinutes(30)).toString());
        });
    }

    @Test
    void completingTheResetSetsThePasswordRevokesEverySessionAndSpendsTheToken() {
        Session.Opened phone = world.signedIn(ann);
        Session.Opened laptop = world.signedIn(ann);
        request.request(ann.email());
        String token = world.outbox.lastToken(MessageKind.PASSWORD_RESET);

        assertThat(complete.complete(new CompletePasswordResetCommand(token, NEW)).isAccepted()).isTrue();

        Account stored = world.accounts.stored(ann.id());
        assertThat(stored.passwordHash()).isEqualTo(PlainTextHasher.current(NEW));
        assertThat(stored.emailVerified()).as("the link reached the mailbox").isTrue();
        assertThat(world.sessions.stored(phone.session().id()).revocationReason()).contains(RevocationReason.PASSWORD_RESET);
        assertThat(world.sessions.stored(laptop.session().id()).isRevoked()).isTrue();
        assertThat(complete.complete(new CompletePasswordResetCommand(token, "yet another long passphrase")))
                .isEqualTo(Outcome.rejected(IdentityRejection.INVALID_RESET_TOKEN));
        assertThat(IdentityFixture.tokens(world.signIn().signIn(new SignInCommand("ann@example.org", NEW))).isAccepted())
                .isTrue();
    }

    @Test
    void aTokenLivesThirtyMinutes() {
        request.request(ann.email());
        String token = world.outbox.lastToken(MessageKind.PASSWORD_RESET);
        world.clock.advance(Duration.ofMinutes(30));

        assertThat(complete.complete(new CompletePasswordResetCommand(token, NEW)))
                .isEqualTo(Outcome.rejected(IdentityRejection.INVALID_RESET_TOKEN))
                .isEqualTo(complete.complete(new CompletePasswordResetCommand("made-up", NEW)));
        assertThat(world.accounts.stored(ann.id()).passwordHash()).isEqualTo(PlainTextHasher.current(OLD));
    }

    @Test
    void theNewPasswordMeetsThePolicyAndAWeakOneLeavesTheTokenUsable() {
        request.request(ann.email());
        String token = world.outbox.lastToken(MessageKind.PASSWORD_RESET);

        assertThat(complete.complete(new CompletePasswordResetCommand(token, "short")))
                .isEqualTo(Outcome.rejected(Rejection.onField(IdentityRejection.PASSWORD_TOO_SHORT, "newPassword")));
        assertThat(complete.complete(new CompletePasswordResetCommand(token, NEW)).isAccepted()).isTrue();
    }

    @Test
    void aNewerLinkReplacesTheOlder() {
        request.request(ann.email());
        String first = world.outbox.lastToken(MessageKind.PASSWORD_RESET);
        request.request(ann.email());

        assertThat(complete.complete(new CompletePasswordResetCommand(first, NEW)))
                .isEqualTo(Outcome.rejected(IdentityRejection.INVALID_RESET_TOKEN));
    }

    @Test
    void requestsAreLimitedPerAddressKnownOrNot() {
        for (int i = 0; i < 3; i++) {
            request.request(ann.email());
            request.request(new EmailAddress("nobody@example.org"));
        }

        Outcome<?> known = request.request(ann.email());
        Outcome<?> unknown = request.request(new EmailAddress("nobody@example.org"));

        assertThat(known).isEqualTo(unknown).isEqualTo(Outcome.rejected(
                Rejection.of(IdentityRejection.TOO_MANY_REQUESTS).withRetryAfter(Duration.ofHours(1))));
        assertThat(world.outbox.of(MessageKind.PASSWORD_RESET)).hasSize(3);
    }

    @Test
    void aDisabledAccountIsNotMailed() {
        Account dan = world.disabledAccount("dan@example.org", OLD, app.marquee.domain.identity.account.Role.USER);

        assertThat(request.request(dan.email()).isAccepted()).isTrue();
        assertThat(world.outbox.messages()).isEmpty();
    }
}
