package app.marquee.application.identity.port.in;

import app.marquee.domain.shared.Outcome;

/** Trades a refresh token for a new pair; a token used twice revokes its whole session. */
public interface RefreshSessionUseCase {
    Outcome<SessionTokens> refresh(RefreshSessionCommand command);
}
