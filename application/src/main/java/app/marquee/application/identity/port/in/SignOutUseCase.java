package app.marquee.application.identity.port.in;

/**
 * Ends the session a refresh token belongs to. Signing out twice, or with a token that is
 * unknown or expired, is not an error: the session is gone either way.
 */
public interface SignOutUseCase {
    void signOut(RefreshSessionCommand command);
}
