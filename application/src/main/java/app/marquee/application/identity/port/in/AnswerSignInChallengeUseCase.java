package app.marquee.application.identity.port.in;

import app.marquee.domain.shared.Outcome;

/**
 * The second step of a two-factor sign-in: the right code opens the session. The challenge is
 * good once, for five minutes and five wrong codes (INVALID_TWO_FACTOR_CHALLENGE after, never
 * saying which); a wrong code is INVALID_TWO_FACTOR_CODE, as is a code already used in its window;
 * every answer counts as an attempt of the sign-in throttle (TOO_MANY_ATTEMPTS).
 */
public interface AnswerSignInChallengeUseCase {
    Outcome<SessionTokens> answer(AnswerSignInChallengeCommand command);
}
