package app.marquee.application.identity.service;

import app.marquee.application.identity.port.in.AnswerSignInChallengeCommand;
import app.marquee.application.identity.port.in.AnswerSignInChallengeUseCase;
import app.marquee.application.identity.port.in.SessionTokens;
import app.marquee.application.identity.port.out.LoadAccountPort;
import app.marquee.application.identity.port.out.SignInChallengesPort;
import app.marquee.domain.identity.IdentityRejection;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.TokenDigest;
import app.marquee.domain.identity.twofactor.SignInChallenge;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The answer is first counted as an attempt of the sign-in throttle (its own short transaction);
 * then one transaction locks the challenge, then the second factor, checks the code, and either
 * records the failure or spends the challenge, keeps the code's step and opens the session. A
 * password reset or change, or two-factor turned off, discards the account's challenges: one
 * issued before is then unknown.
 */
@Singleton
public class AnswerSignInChallengeService implements AnswerSignInChallengeUseCase {
    private final SignInChallengesPort challenges;
    private final LoadAccountPort accounts;
    private final PasswordAttempts attempts;
    private final SecondFactorCheck check;
    private final SessionOpener sessions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public AnswerSignInChallengeService(SignInChallengesPort challenges, LoadAccountPort accounts,
                                        PasswordAttempts attempts, SecondFactorCheck check, SessionOpener sessions,
                                        UnitOfWork unitOfWork, Clock clock) {
        this.challenges = challenges;
        this.accounts = accounts;
        this.attempts = attempts;
        this.check = check;
        this.sessions = sessions;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public Outcome<SessionTokens> answer(AnswerSignInChallengeCommand command) {
        Instant now = clock.instant();
        TokenDigest digest = TokenDigest.of(command.challenge());
        Optional<Account> account = challenges.byDigest(digest).flatMap(found -> accounts.byId(found.account()));
        if (account.isEmpty()) {
            return Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CHALLENGE);
        }
        Optional<IdentityRejection> blocker = account.get().signInBlocker();
        if (blocker.isPresent()) {
            return Outcome.rejected(blocker.get());
        }
        Optional<Rejection> throttled = attempts.reserve(account.get().email(), now);
        if (throttled.isPresent()) {
            return Outcome.rejected(throttled.get());
        }
        Outcome<SessionTokens> answered = unitOfWork.run(() -> answer(digest, account.get(), command, now));
        if (answered.isAccepted()) {
            attempts.forgive(account.get().email());
        }
        return answered;
    }

    private Outcome<SessionTokens> answer(TokenDigest digest, Account account, AnswerSignInChallengeCommand command,
                                          Instant now) {
        Optional<SignInChallenge> locked = challenges.lockByDigest(digest);
        Outcome<SignInChallenge> open = locked.map(challenge -> challenge.open(now))
                .orElseGet(() -> Outcome.rejected(IdentityRejection.INVALID_TWO_FACTOR_CHALLENGE));
        if (!open.isAccepted()) {
            return open.map(ignored -> null);
        }
        SignInChallenge challenge = locked.get();
        Outcome<?> passed = check.pass(account.id(), command.code(), command.recoveryCode(), now);
        if (!passed.isAccepted()) {
            if (!isUnavailable(passed)) {
                challenge.fail();
                challenges.update(challenge);
            }
            return passed.map(ignored -> null);
        }
        challenge.answer(now);
        challenges.update(challenge);
        return Outcome.accepted(sessions.open(account, now));
    }

    /** The server could not read the secret: not the caller's mistake, so no attempt of the challenge is used. */
    private static boolean isUnavailable(Outcome<?> outcome) {
        return outcome instanceof Outcome.Rejected<?> rejected
                && rejected.rejection().is(IdentityRejection.TWO_FACTOR_UNAVAILABLE);
    }
}
