package app.marquee.domain.identity.session;

import java.util.Objects;

/** A freshly issued refresh token: the secret for the client, once, and what is stored. */
public record IssuedRefreshToken(String secret, RefreshToken token) {
    public IssuedRefreshToken {
        Objects.requireNonNull(secret);
        Objects.requireNonNull(token);
    }

    @Override
    public String toString() {
        return "IssuedRefreshToken[" + token.digest() + "]";
    }
}
