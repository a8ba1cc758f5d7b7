package app.marquee.adapter.rest.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;

/**
 * Answers that carry tokens or secrets (sign-in, refresh, two-factor enrolment and its recovery
 * codes) must never be kept by a browser, a proxy or a CDN: {@code Cache-Control: no-store}
 * (RFC 9111), and {@code Pragma: no-cache} for HTTP/1.0 caches.
 */
final class NoStore {
    /** The header values, for the OpenAPI description of these answers. */
    static final String CACHE_CONTROL = "no-store";
    static final String PRAGMA = "no-cache";

    private NoStore() {
    }

    static <T> MutableHttpResponse<T> ok(T body) {
        return marked(HttpResponse.ok(body));
    }

    static <T> MutableHttpResponse<T> created(T body) {
        return marked(HttpResponse.created(body));
    }

    private static <T> MutableHttpResponse<T> marked(MutableHttpResponse<T> response) {
        return response.header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL).header(HttpHeaders.PRAGMA, PRAGMA);
    }
}
