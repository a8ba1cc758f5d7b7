package app.marquee.adapter.rest.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import jakarta.inject.Singleton;

/** Tells an anonymous caller of a protected route how to authenticate (RFC 6750). */
@Singleton
public class BearerChallenge implements WwwAuthenticateChallengeProvider<HttpRequest<?>> {
    @Override
    public String getWwwAuthenticateChallenge(HttpRequest<?> request) {
        return "Bearer";
    }
}
