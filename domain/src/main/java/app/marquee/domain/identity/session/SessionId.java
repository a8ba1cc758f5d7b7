package app.marquee.domain.identity.session;

import java.util.Objects;
import java.util.UUID;

/** Identifies one sign-in: the family of refresh tokens that descend from one login. */
public record SessionId(UUID value) {
    public SessionId {
        Objects.requireNonNull(value, "session id");
    }

    public static SessionId newId() {
        return new SessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
