package app.marquee.adapter.payment.stripe;

import app.marquee.domain.payment.IdempotencyKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * POSTs form bodies to Stripe with the JDK's HTTP client: Bearer authentication with the secret key,
 * an {@code Idempotency-Key} on every request, and a time limit on each. Blocking on purpose: the
 * ports are called from use cases already running on blocking threads, inside their transaction.
 */
final class StripeClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final StripeSettings settings;
    private final HttpClient http;

    StripeClient(StripeSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The reply to {@code form} at {@code path}. A timeout is an {@link java.net.http.HttpTimeoutException};
     * a body that is not JSON an {@link UnreadableReply}.
     */
    StripeReply post(String path, StripeForm form, IdempotencyKey key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(settings.resolve(path))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.secretKey())
                .header("Idempotency-Key", key.value())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.encoded()))
                .build();
        return reply(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    /** The reply to a GET of {@code pathAndQuery} (already encoded): a read, nothing changes at Stripe. */
    StripeReply get(String pathAndQuery) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(settings.resolve(pathAndQuery))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.secretKey())
                .header("Accept", "application/json")
                .GET()
                .build();
        return reply(http.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    private static StripeReply reply(HttpResponse<String> response) throws UnreadableReply {
        String requestId = response.headers().firstValue("Request-Id").orElse("-");
        boolean replayed = response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false);
        try {
            return new StripeReply(response.statusCode(), JSON.readTree(response.body()), requestId, replayed);
        } catch (JsonProcessingException notJson) {
            throw new UnreadableReply(response.statusCode(), requestId);
        }
    }

    /** Stripe (or whatever stands at the base URL) answered something that is not JSON. */
    static final class UnreadableReply extends IOException {
        final int status;

        UnreadableReply(int status, String requestId) {
            super("Stripe answered " + status + " without JSON (request " + requestId + ")");
            this.status = status;
        }
    }
}
