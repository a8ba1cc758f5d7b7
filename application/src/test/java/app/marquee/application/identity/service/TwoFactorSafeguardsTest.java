package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.FakeTotp;
import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.port.in.AnswerSignInChallengeCommand;
import app.marquee.application.identity.port.in.ChangePasswordCommand;
import app.marquee.application.identity.port.in.CompletePasswordResetCommand;
import app.marquee.application.identity.port.in.ConfirmTwoFactorCommand;
import app.marquee.application.identity.port.in.DisableTwoFactorCommand;
import app.marquee.application.identity.port.in.SessionTokens;
import app.marquee.application.identity.port.in.SignInCommand;
import app.marquee.application.identity.port.in.SignInUseCase.SignInResult;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.session.RevocationReason;
import app.marquee.domain.identity.session.Session;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The account security review's findings on two-factor, each as the rule that now holds. */
class TwoFactorSafeguardsTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW = "a brand new long passphrase";
    private final IdentityFixture world = new IdentityFixture();
    private final EnrolTwoFactorService enrol = new EnrolTwoFactorService(world.accounts, world.twoFactors,
            world.twoFactors, world.totp, world.clock);
    private final ConfirmTwoFactorService confirm = world.confirmTwoFactor();
    private final DisableTwoFactorService disable = world.disableTwoFactor();
    private final AnswerSignInChallengeService answer = world.answerChallenge();
    private final RemoveTwoFactorService remove = new RemoveTwoFactorService(world.accounts, world.twoFactors,
            world.twoFactors, world.challenges, world.mail(), world.allOrNothing, world.clock);
    private final SignInService signIn = world.signIn();
    private final Account ann = world.account("ann@example.org", PASSWORD);
    private final Session.Opened phone = world.signedIn(ann);

    private String secret = "s1";

    private String code() {
        return FakeTotp.code(secret, world.clock.instant());
    }

    private List<String> enabled() {
        secret = enrol.enrol(ann.id()).orElseThrow(r -> new IllegalStateException(r.toString())).secret();
        List<String> codes = confirm.confirm(new ConfirmTwoFactorCommand(ann.id(), phone.session().id(), code(),
                PASSWORD)).orElseThrow(r -> new IllegalStateException(r.toString()));
        world.clock.advance(Duration.ofSeconds(30));
        return codes;
    }

    private String challenge() {
        return ((SignInResult.TwoFactorRequired) signIn.signIn(new SignInCommand("ann@example.org", PASSWORD))
                .orElseThrow(r -> new IllegalStateException(r.toString()))).challenge();
    }

    private Outcome<SessionTokens> answerWithCode(String challenge) {
        return answer.answer(new AnswerSignInChallengeCommand(challenge, Optional.of(code()), Optional.empty()));
    }

    @Test
    void anAccessTokenAloneCannotTurnTwoFactorOnTheWrongPasswordCountsAsAnAttempt() {
        enrol.enrol(ann.id());

        assertThat(confirm.confirm(new ConfirmTwoFactorCommand(ann.id(), phone.session().id(), code(), "stolen token")))
                .isEqualTo(Outcome.rejected(Rejection.onField(IdentityRejection.WRONG_PASSWORD, "password")));
        assertThat(world.failures.of("ann@example.org")).hasSize(1);
        assertThat(world.twoFactors.byAccount(ann.id()).orElseThrow().isEnabled()).isFalse();
        assertThat(world.outbox.messages()).isEmpty();
    }

    @Test
    void turningTwoFactorOnEndsEveryOtherSessionButTheOneThatAsked() {
        Session.Opened laptop = world.signedIn(ann);
        Account bob = world.account("bob@example.org", PASSWORD);
        Session.Opened bobs = world.signedIn(bob);

        enabled();

        assertThat(world.sessions.stored(laptop.session().id()).revocationReason())
                .contains(RevocationReason.TWO_FACTOR_ENABLED);
        assertThat(world.sessions.stored(phone.session().id()).isRevoked()).isFalse();
        assertThat(world.sessions.stored(bobs.session().id()).isRevoked()).isFalse();
    }

    @Test
    void aChallengeIssuedBeforeAPasswordResetCannotBeAnsweredAfterIt() {
        enabled();
        String beforeReset = challenge();
        RequestPasswordResetService request = new RequestPasswordResetService(world.accounts, world.mailLimit(),
                world.mail(), world.allOrNothing, world.clock);
        CompletePasswordResetService reset = new CompletePasswordResetService(world.tokens, world.accounts,
                world.accounts, world.sessions, world.challenges, world.failures, world.hasher,
                world.passwordPolicy(), world.allOrNothing, world.clock);
        request.request(ann.email());

        reset.complete(new CompletePasswordResetCommand(world.outbox.lastToken(MessageKind.PASSWORD_RESET), NEW));

        assertThat(answerWithCode(beforeReset))
                .isEqualTo(Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CHALLENGE));
    }

    @Test
    void aChallengeIssuedBeforeAPasswordChangeCannotBeAnsweredAfterIt() {
        enabled();
        String beforeChange = challenge();
        ChangePasswordService change = new ChangePasswordService(world.confirmation(), world.accounts, world.sessions,
                world.challenges, world.hasher, world.passwordPolicy(), world.unitOfWork, world.clock);

        change.change(new ChangePasswordCommand(ann.id(), phone.session().id(), PASSWORD, NEW));

        assertThat(answerWithCode(beforeChange))
                .isEqualTo(Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CHALLENGE));
    }

    @Test
    void turningTwoFactorOffDiscardsTheChallengesItHadIssued() {
        List<String> recovery = enabled();
        challenge();
        assertThat(world.challenges.count()).isEqualTo(1);

        disable.disable(new DisableTwoFactorCommand(ann.id(), PASSWORD, Optional.empty(), Optional.of(recovery.get(0))));

        assertThat(world.challenges.count()).isZero();
    }

    @Test
    void anAdminTurnsTwoFactorOffForAnOwnerWhoLostThePhoneAndTheOwnerIsMailed() {
        assertThat(remove.remove(AccountId.newId())).isEqualTo(Outcome.rejected(IdentityRejection.ACCOUNT_NOT_FOUND));
        enrol.enrol(ann.id());
        assertThat(remove.remove(ann.id())).as("an enrolment never confirmed is not on")
                .isEqualTo(Outcome.rejected(IdentityRejection.TWO_FACTOR_NOT_ENABLED));
        enabled();
        String pending = challenge();

        assertThat(remove.remove(ann.id())).isEqualTo(Outcome.accepted(ann.id()));

        assertThat(world.twoFactors.byAccount(ann.id())).isEmpty();
        assertThat(answerWithCode(pending)).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CHALLENGE));
        assertThat(world.outbox.of(MessageKind.TWO_FACTOR_DISABLED)).singleElement()
                .satisfies(mail -> assertThat(mail.recipient()).isEqualTo("ann@example.org"));
        assertThat(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD)).orElseThrow(r -> new IllegalStateException(r.toString())))
                .isInstanceOf(SignInResult.SignedIn.class);
        assertThat(remove.remove(ann.id())).isEqualTo(Outcome.rejected(IdentityRejection.TWO_FACTOR_NOT_ENABLED));
    }

    @Test
    void aSecretTheServerCanNoLongerReadIsRefusedAsUnavailableWithoutUsingAnAttemptAndARecoveryCodeStillWorks() {
        String recovery = enabled().get(0);
        String challenge = challenge();
        world.totp.loseKey();

        for (int i = 0; i < 6; i++) {
            assertThat(answerWithCode(challenge)).isEqualTo(Outcome.rejected(IdentityRejection.TWO_FACTOR_UNAVAILABLE));
            world.failures.clear(ann.email());
        }

        assertThat(world.challenges.byDigest(TokenDigest.of(challenge))
                .orElseThrow().failures()).isZero();
        assertThat(answer.answer(new AnswerSignInChallengeCommand(challenge, Optional.empty(), Optional.of(recovery)))
                .isAccepted()).isTrue();
    }
}
