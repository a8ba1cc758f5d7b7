package app.marquee.adapter.rest.credentials;

import app.marquee.application.identity.port.out.IssueAccessTokenPort;
import app.marquee.domain.identity.account.Account;
import app.marquee.domain.identity.session.SessionId;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.context.annotation.Context;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Signs access tokens (HS256 with {@code JWT_SECRET}): subject = account id, {@code roles} =
 * its role, {@code sid} = its session, valid 15 minutes by default. Created eagerly, so a
 * missing or short secret stops the start-up (see {@code JwtSecretGuard}) rather than the first login.
 */
@Context
public class JwtAccessTokenIssuer implements IssueAccessTokenPort {
    /** The claim naming the session the token belongs to. */
    public static final String SESSION_CLAIM = "sid";
    private final TokenGenerator generator;
    private final Duration lifetime;

    public JwtAccessTokenIssuer(TokenGenerator generator,
                                @Value("${marquee.access-token-ttl:15m}") Duration lifetime) {
        this.generator = generator;
        this.lifetime = lifetime;
    }

    @Override
    public AccessToken issue(Account account, SessionId session) {
        Authentication claims = Authentication.build(account.id().toString(), List.of(account.role().name()),
                Map.of(SESSION_CLAIM, session.toString()));
        String token = generator.generateToken(claims, (int) lifetime.toSeconds())
                .orElseThrow(() -> new IllegalStateException("the JWT generator produced no token"));
        return new AccessToken(token, lifetime);
    }
}
