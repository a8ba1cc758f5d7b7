package app.marquee.application.identity.service;

import java.time.Duration;
import java.util.Objects;

/** How long a refresh token lives unused; the bootstrap builds this from configuration. */
public record SessionSettings(Duration refreshTokenTtl) {
    public SessionSettings {
        Objects.requireNonNull(refreshTokenTtl, "refreshTokenTtl");
        if (refreshTokenTtl.isNegative() || refreshTokenTtl.isZero()) {
            throw new IllegalArgumentException("refresh tokens must live for some time");
        }
    }
}
