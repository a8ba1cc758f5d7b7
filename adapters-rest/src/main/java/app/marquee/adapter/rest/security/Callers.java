package app.marquee.adapter.rest.security;

import app.marquee.adapter.rest.credentials.JwtAccessTokenIssuer;
import app.marquee.application.identity.port.in.VerifyCallerQuery;
import app.marquee.domain.identity.account.AccountId;
import app.marquee.domain.identity.account.Role;
import app.marquee.domain.identity.session.SessionId;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;

import java.util.Optional;
import java.util.UUID;

/** Reads who is calling from a validated access token. */
public final class Callers {
    /** The request attribute holding the {@link VerifyCallerQuery.Caller} the caller check accepted. */
    static final String VERIFIED_CALLER = "marquee.verified-caller";

    private Callers() {
    }

    /**
     * Whether the caller's e-mail was verified when the caller check read the account for this
     * request, so buying needs no second read; false when the check did not run (fails closed).
     */
    public static boolean emailVerified(HttpRequest<?> request) {
        return request.getAttribute(VERIFIED_CALLER, VerifyCallerQuery.Caller.class)
                .map(VerifyCallerQuery.Caller::emailVerified).orElse(false);
    }

    public static AccountId accountId(Authentication authentication) {
        return new AccountId(UUID.fromString(authentication.getName()));
    }

    public static SessionId sessionId(Authentication authentication) {
        return new SessionId(UUID.fromString(String.valueOf(authentication.getAttributes().get(JwtAccessTokenIssuer.SESSION_CLAIM))));
    }

    /** The token's claims as the identity context understands them, or empty if they are not ours. */
    static Optional<VerifyCallerQuery.Claim> claim(Authentication authentication) {
        try {
            Role role = Role.valueOf(authentication.getRoles().iterator().next());
            return Optional.of(new VerifyCallerQuery.Claim(accountId(authentication), sessionId(authentication), role));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }
}
