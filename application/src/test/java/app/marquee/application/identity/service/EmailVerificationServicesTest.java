package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.port.in.RegisterAccountCommand;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.DisplayName;
import app.marquee.domain.identity.account.EmailAddress;
import app.marquee.domain.identity.account.Language;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.notification.OutboundMessage;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class EmailVerificationServicesTest {
    private static final String PASSWORD = "correct horse battery staple";
    private final IdentityFixture world = new IdentityFixture();
    private final RegisterAccountService register = new RegisterAccountService(world.accounts, world.accounts,
            world.hasher, world.passwordPolicy(), world.mail(), world.allOrNothing, world.clock);
    private final VerifyEmailService verify = new VerifyEmailService(world.tokens, world.accounts, world.accounts,
            world.allOrNothing, world.clock);
    private final ResendVerificationService resend = new ResendVerificationService(world.accounts, world.mailLimit(),
            world.mail(), world.allOrNothing, world.clock);

    private Account registerAnn() {
        return register.register(new RegisterAccountCommand(new EmailAddress("ann@example.org"), PASSWORD,
                new DisplayName("Ann"), Language.FR)).orElseThrow(r -> new IllegalStateException(r.toString()));
    }

    @Test
    void registrationMailsAWelcomeWithASecretVerificationLinkInTheAccountsLanguage() {
        Account ann = registerAnn();

        OutboundMessage welcome = world.outbox.of(MessageKind.WELCOME).get(0);
        String token = world.outbox.lastToken(MessageKind.WELCOME);
        assertThat(welcome.recipient()).isEqualTo("ann@example.org");
        assertThat(welcome.language()).isEqualTo(Language.FR);
        assertThat(welcome.account()).contains(ann.id());
        assertThat(welcome.data().values()).containsEntry("displayName", "Ann")
                .containsEntry("link", "https://tickets.example.org/verify-email?token=" + token)
                .containsEntry("expiresAt", IdentityFixture.START.plus(Duration.ofHours(24)).toString());
        assertThat(welcome.data().secrets()).containsExactlyInAnyOrder("link", "token");
        assertThat(world.tokens.all()).singleElement().satisfies(stored ->
                assertThat(stored.digest().hex()).isNotEqualTo(token));
        assertThat(ann.emailVerified()).isFalse();
    }

    @Test
    void theLinkVerifiesTheEmailOnce() {
        Account ann = registerAnn();
        String token = world.outbox.lastToken(MessageKind.WELCOME);

        assertThat(verify.verify(token).isAccepted()).isTrue();

        assertThat(world.accounts.stored(ann.id()).emailVerified()).isTrue();
        assertThat(verify.verify(token)).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_VERIFICATION_TOKEN));
    }

    @Test
    void anExpiredOrUnknownLinkGetsTheSameAnswerAndVerifiesNothing() {
        Account ann = registerAnn();
        String token = world.outbox.lastToken(MessageKind.WELCOME);
        world.clock.advance(Duration.ofHours(24));

        assertThat(verify.verify(token)).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_VERIFICATION_TOKEN))
                .isEqualTo(verify.verify("no-such-token"));
        assertThat(world.accounts.stored(ann.id()).emailVerified()).isFalse();
    }

    @Test
    void aNewLinkReplacesTheOldOne() {
        Account ann = registerAnn();
        String first = world.outbox.lastToken(MessageKind.WELCOME);

        assertThat(resend.resend(ann.id())).isEqualTo(Outcome.accepted(IdentityFixture.START.plus(Duration.ofHours(24))));
        String second = world.outbox.lastToken(MessageKind.EMAIL_VERIFICATION);

        assertThat(verify.verify(first)).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_VERIFICATION_TOKEN));
        assertThat(verify.verify(second).isAccepted()).isTrue();
    }

    @Test
    void resendingIsLimitedToThreeAnHourAndRefusedOnceVerified() {
        Account ann = registerAnn();
        for (int i = 0; i < 3; i++) {
            assertThat(resend.resend(ann.id()).isAccepted()).isTrue();
            world.clock.advance(Duration.ofMinutes(10));
        }

        assertThat(resend.resend(ann.id())).isEqualTo(Outcome.rejected(
                Rejection.of(IdentityRejection.TOO_MANY_REQUESTS).withRetryAfter(Duration.ofMinutes(30))));
        assertThat(world.outbox.of(MessageKind.EMAIL_VERIFICATION)).hasSize(3);

        verify.verify(world.outbox.lastToken(MessageKind.EMAIL_VERIFICATION));
        assertThat(resend.resend(ann.id())).isEqualTo(Outcome.rejected(IdentityRejection.EMAIL_ALREADY_VERIFIED));
    }
}
