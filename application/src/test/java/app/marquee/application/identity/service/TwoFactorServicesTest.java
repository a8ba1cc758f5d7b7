package app.marquee.application.identity.service;

import app.marquee.application.identity.fakes.FakeTotp;
import app.marquee.application.identity.fakes.IdentityFixture;
import app.marquee.application.identity.port.in.AnswerSignInChallengeCommand;
import app.marquee.application.identity.port.in.ConfirmTwoFactorCommand;
import app.marquee.application.identity.port.in.DisableTwoFactorCommand;
import app.marquee.application.identity.port.in.SessionTokens;
import app.marquee.application.identity.port.in.SignInCommand;
import app.marquee.application.identity.port.in.SignInUseCase.SignInResult;
import app.marquee.application.identity.port.in.TwoFactorEnrolment;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.SessionId;
import app.marquee.domain.notification.MessageKind;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class TwoFactorServicesTest {
    private static final String PASSWORD = "correct horse battery staple";
    private final IdentityFixture world = new IdentityFixture();
    private final EnrolTwoFactorService enrol = new EnrolTwoFactorService(world.accounts, world.twoFactors,
            world.twoFactors, world.totp, world.clock);
    private final ConfirmTwoFactorService confirm = world.confirmTwoFactor();
    private final DisableTwoFactorService disable = world.disableTwoFactor();
    private final AnswerSignInChallengeService answer = new AnswerSignInChallengeService(world.challenges,
            world.accounts, world.attempts(), world.secondFactorCheck(), world.opener(), world.unitOfWork, world.clock);
    private final SignInService signIn = world.signIn();
    private final Account ann = world.account("ann@example.org", PASSWORD);
    private final SessionId phone = world.signedIn(ann).session().id();

    private String code() {
        return FakeTotp.code("s1", world.clock.instant());
    }

    private List<String> enabled() {
        TwoFactorEnrolment enrolment = enrol.enrol(ann.id()).orElseThrow(r -> new IllegalStateException(r.toString()));
        assertThat(enrolment.otpauthUri()).isEqualTo("otpauth://totp/Marquee:ann@example.org?secret=s1&issuer=Marquee");
        List<String> codes = confirm.confirm(confirming(code())).orElseThrow(r -> new IllegalStateException(r.toString()));
        world.clock.advance(Duration.ofSeconds(30));
        return codes;
    }

    private ConfirmTwoFactorCommand confirming(String code) {
        return new ConfirmTwoFactorCommand(ann.id(), phone, code, PASSWORD);
    }

    private SignInResult.TwoFactorRequired challenged() {
        return (SignInResult.TwoFactorRequired) signIn.signIn(new SignInCommand("ann@example.org", PASSWORD))
                .orElseThrow(r -> new IllegalStateException(r.toString()));
    }

    @Test
    void anUnconfirmedEnrolmentChangesNothingAtSignIn() {
        enrol.enrol(ann.id());

        assertThat(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD)).orElseThrow(r -> new IllegalStateException(r.toString())))
                .isInstanceOf(SignInResult.SignedIn.class);
    }

    @Test
    void confirmingTurnsItOnMailsTheOwnerAndGivesTenRecoveryCodes() {
        assertThat(confirm.confirm(confirming("nope"))).isEqualTo(Outcome.rejected(IdentityRejection.TWO_FACTOR_NOT_ENABLED));

        List<String> codes = enabled();

        assertThat(codes).hasSize(10);
        assertThat(world.outbox.of(MessageKind.TWO_FACTOR_ENABLED)).singleElement()
                .satisfies(mail -> assertThat(mail.data().values()).containsKeys("displayName", "at"));
        assertThat(enrol.enrol(ann.id())).isEqualTo(Outcome.rejected(IdentityRejection.TWO_FACTOR_ALREADY_ENABLED));
    }

    @Test
    void aWrongCodeDoesNotConfirm() {
        enrol.enrol(ann.id());

        assertThat(confirm.confirm(confirming("s1-0"))).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CODE));
        assertThat(world.outbox.messages()).isEmpty();
    }

    @Test
    void withTwoFactorOnTheRightPasswordGivesAChallengeAndTheCodeOpensTheSession() {
        enabled();

        SignInResult.TwoFactorRequired challenge = challenged();

        assertThat(challenge.expiresAt()).isEqualTo(world.clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(world.sessions.sessionCount()).as("only the one that enrolled").isEqualTo(1);
        SessionTokens tokens = answer.answer(new AnswerSignInChallengeCommand(challenge.challenge(), Optional.of(code()),
                Optional.empty())).orElseThrow(r -> new IllegalStateException(r.toString()));
        assertThat(tokens.account().id()).isEqualTo(ann.id());
        assertThat(world.failures.of("ann@example.org")).as("a completed sign-in forgives").isEmpty();
    }

    @Test
    void aCodeAlreadyUsedInItsWindowIsRefused() {
        enabled();
        String used = code();
        answer.answer(new AnswerSignInChallengeCommand(challenged().challenge(), Optional.of(used), Optional.empty()));

        Outcome<SessionTokens> replay = answer.answer(new AnswerSignInChallengeCommand(challenged().challenge(),
                Optional.of(used), Optional.empty()));

        assertThat(replay).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CODE));
    }

    @Test
    void aChallengeIsAnsweredOnceAndLivesFiveMinutes() {
        enabled();
        SignInResult.TwoFactorRequired first = challenged();
        answer.answer(new AnswerSignInChallengeCommand(first.challenge(), Optional.of(code()), Optional.empty()));
        world.clock.advance(Duration.ofSeconds(30));

        assertThat(answer.answer(new AnswerSignInChallengeCommand(first.challenge(), Optional.of(code()), Optional.empty())))
                .isEqualTo(Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CHALLENGE));

        SignInResult.TwoFactorRequired late = challenged();
        world.clock.advance(Duration.ofMinutes(5));
        assertThat(answer.answer(new AnswerSignInChallengeCommand(late.challenge(), Optional.of(code()), Optional.empty())))
                .isEqualTo(Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CHALLENGE));
    }

    @Test
    void guessingCodesRunsIntoTheSignInThrottle() {
        enabled();
        String challenge = challenged().challenge();
        for (int i = 0; i < 4; i++) {
            assertThat(answer.answer(new AnswerSignInChallengeCommand(challenge, Optional.of("guess-" + i),
                    Optional.empty()))).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CODE));
        }

        Outcome<SessionTokens> fifth = answer.answer(new AnswerSignInChallengeCommand(challenge, Optional.of(code()),
                Optional.empty()));

        assertThat(fifth).isInstanceOfSatisfying(Outcome.Rejected.class,
                rejected -> assertThat(rejected.rejection().code()).isEqualTo("TOO_MANY_ATTEMPTS"));
    }

    @Test
    void aRecoveryCodeStandsInForTheAppOnce() {
        String recovery = enabled().get(0);

        assertThat(answer.answer(new AnswerSignInChallengeCommand(challenged().challenge(), Optional.empty(),
                Optional.of(recovery))).isAccepted()).isTrue();
        assertThat(answer.answer(new AnswerSignInChallengeCommand(challenged().challenge(), Optional.empty(),
                Optional.of(recovery)))).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CODE));
    }

    @Test
    void disablingNeedsThePasswordAndACodeAndMailsTheOwner() {
        enabled();

        assertThat(disable.disable(new DisableTwoFactorCommand(ann.id(), "wrong password", Optional.of(code()),
                Optional.empty()))).isEqualTo(Outcome.rejected(Rejection.onField(IdentityRejection.WRONG_PASSWORD, "password")));
        assertThat(disable.disable(new DisableTwoFactorCommand(ann.id(), PASSWORD, Optional.of("s1-1"),
                Optional.empty()))).isEqualTo(Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CODE));
        assertThat(disable.disable(new DisableTwoFactorCommand(ann.id(), PASSWORD, Optional.of(code()),
                Optional.empty())).isAccepted()).isTrue();

        assertThat(world.outbox.of(MessageKind.TWO_FACTOR_DISABLED)).hasSize(1);
        assertThat(signIn.signIn(new SignInCommand("ann@example.org", PASSWORD)).orElseThrow(r -> new IllegalStateException(r.toString())))
                .isInstanceOf(SignInResult.SignedIn.class);
        assertThat(disable.disable(new DisableTwoFactorCommand(ann.id(), PASSWORD, Optional.of(code()),
                Optional.empty()))).isEqualTo(Outcome.rejected(IdentityRejection.TWO_FACTOR_NOT_ENABLED));
    }
}
