package app.marquee.adapter.rest.logging;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, path (without the query string, which may hold personal
 * data), status, duration and request id. Runs first, so it sees every answer, errors included.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class RequestLogFilter implements Ordered {
    private static final Logger LOG = LoggerFactory.getLogger("marquee.http");
    private static final String STARTED = "marquee.startedNanos";

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.before();
    }

    @RequestFilter
    public void start(HttpRequest<?> request) {
        request.setAttribute(STARTED, System.nanoTime());
        RequestIds.assign(request);
    }

    @ResponseFilter
    public void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String id = RequestIds.of(request).orElseGet(() -> RequestIds.assign(request));
        response.header(RequestIds.HEADER, id);
        long started = request.getAttribute(STARTED, Long.class).orElse(System.nanoTime());
        if (LOG.isInfoEnabled()) {
            LOG.info("{} {} {} {}ms id={}", request.getMethodName(), request.getPath(), response.code(),
                    millis(System.nanoTime() - started), id);
        }
    }

    /** Milliseconds with one decimal ("12.3"), as String.format("%.1f") would print them, at a fraction of its cost. */
    static String millis(long nanos) {
        long tenths = Math.round(nanos / 100_000.0);
        return tenths / 10 + "." + tenths % 10;
    }
}
