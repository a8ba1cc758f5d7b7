package app.marquee.bootstrap.identity;

import app.marquee.application.identity.service.SessionSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;

/** Beans the identity use cases need from configuration and the platform. */
@Factory
public class IdentityWiring {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    SessionSettings sessionSettings(@Value("${marquee.refresh-token-ttl:30d}") Duration refreshTokenTtl) {
        return new SessionSettings(refreshTokenTtl);
    }
}
