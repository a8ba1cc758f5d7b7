package app.marquee.bootstrap.identity;

import app.marquee.application.identity.port.out.CommonPasswordsPort;
import app.marquee.application.identity.service.AccountLinks;
import app.marquee.application.identity.service.SessionSettings;
import app.marquee.domain.identity.account.PasswordPolicy;
import app.marquee.domain.identity.account.PurchaseEligibility;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/** Beans the identity use cases need from configuration and the platform. */
@Factory
public class IdentityWiring {
    /** UTC, ticking in microseconds: what PostgreSQL's timestamptz keeps, so a value reads back as written. */
    @Singleton
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }

    /** One password policy for every use case that sets a password, fed by the common-password list. */
    @Singleton
    PasswordPolicy passwordPolicy(CommonPasswordsPort commonPasswords) {
        return new PasswordPolicy(commonPasswords::isCommon);
    }

    /** MARQUEE_REQUIRE_VERIFIED_EMAIL: on unless turned off (kiosks, demos). */
    @Singleton
    PurchaseEligibility purchaseEligibility(@Value("${marquee.require-verified-email:true}") boolean required) {
        return new PurchaseEligibility(required);
    }

    /** MARQUEE_PUBLIC_URL: where the front end's /verify-email and /reset-password pages live. */
    @Singleton
    AccountLinks accountLinks(@Value("${marquee.public-url:`http://localhost:8080`}") String publicUrl) {
        return new AccountLinks(URI.create(publicUrl.strip()));
    }

    @Singleton
    SessionSettings sessionSettings(@Value("${marquee.refresh-token-ttl:30d}") Duration refreshTokenTtl) {
        return new SessionSettings(refreshTokenTtl);
    }
}
