package app.marquee.adapter.rest.problem;

import io.micronaut.http.HttpStatus;

import java.util.Map;

/**
 * The one HTTP status each error code is answered with, wherever it is raised: signing in to a
 * disabled or closed account and using a token of one are both failed authentications (401).
 */
final class ProblemStatuses {
    private static final Map<String, HttpStatus> STATUSES = Map.ofEntries(
            Map.entry("EMAIL_TAKEN", HttpStatus.CONFLICT),
            Map.entry("PASSWORD_TOO_SHORT", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PASSWORD_TOO_LONG", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PASSWORD_SAME_AS_EMAIL", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("PASSWORD_TOO_COMMON", HttpStatus.UNPROCESSABLE_ENTITY),
            Map.entry("INVALID_CREDENTIALS", HttpStatus.UNAUTHORIZED),
            Map.entry("TOO_MANY_ATTEMPTS", HttpStatus.TOO_MANY_REQUESTS),
            Map.entry("ACCOUNT_DISABLED", HttpStatus.UNAUTHORIZED),
            Map.entry("ACCOUNT_CLOSED", HttpStatus.UNAUTHORIZED),
            Map.entry("ACCOUNT_NOT_FOUND", HttpStatus.NOT_FOUND),
            Map.entry("WRONG_PASSWORD", HttpStatus.FORBIDDEN),
            Map.entry("INVALID_REFRESH_TOKEN", HttpStatus.UNAUTHORIZED),
            Map.entry("REFRESH_TOKEN_REUSED", HttpStatus.UNAUTHORIZED),
            Map.entry("SESSION_REVOKED", HttpStatus.UNAUTHORIZED),
            Map.entry("TOKEN_OUTDATED", HttpStatus.UNAUTHORIZED),
            Map.entry("LAST_ADMIN", HttpStatus.CONFLICT),
            Map.entry("CLOSED_ACCOUNT_UNCHANGEABLE", HttpStatus.CONFLICT),
            Map.entry("CONCURRENT_UPDATE", HttpStatus.CONFLICT),
            Map.entry("INVALID_CURSOR", HttpStatus.BAD_REQUEST),
            Map.entry("INVALID_VALUE", HttpStatus.BAD_REQUEST));

    private ProblemStatuses() {
    }

    static HttpStatus of(String code) {
        HttpStatus status = STATUSES.get(code);
        if (status == null) {
            throw new IllegalArgumentException("no HTTP status is mapped for " + code);
        }
        return status;
    }
}
