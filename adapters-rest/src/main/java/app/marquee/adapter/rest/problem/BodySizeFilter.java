package app.marquee.adapter.rest.problem;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;

/**
 * Two limits on request bodies. The server's own limit (micronaut.server.max-request-size) is
 * set for picture uploads (6 MiB); every body that is not multipart form data (JSON above all)
 * is held to the smaller marquee.max-json-body-bytes (1 MiB) here, from its Content-Length,
 * before anything reads it: 413 PAYLOAD_TOO_LARGE, as the server's limit answers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class BodySizeFilter implements Ordered {
    private final long maxJsonBytes;
    private final ProblemResponses problems;

    public BodySizeFilter(@Value("${marquee.max-json-body-bytes:1048576}") long maxJsonBytes,
                          ProblemResponses problems) {
        this.maxJsonBytes = maxJsonBytes;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.after();
    }

    @RequestFilter
    @Nullable
    public HttpResponse<?> limit(HttpRequest<?> request) {
        long length = request.getContentLength();
        if (length <= maxJsonBytes || isMultipart(request)) {
            return null;
        }
        return problems.of(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE", List.of())
                .header("Connection", "close");
    }

    private static boolean isMultipart(HttpRequest<?> request) {
        return request.getContentType().map(type -> type.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
    }
}
