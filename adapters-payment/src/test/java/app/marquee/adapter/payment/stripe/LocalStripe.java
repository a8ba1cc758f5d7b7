package app.marquee.adapter.payment.stripe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local stand-in for Stripe's API, in the test JVM, answering as Stripe documents: a PaymentIntent
 * created with {@code confirm=true} succeeds for {@code pm_card_visa} and is a 402 {@code card_error}
 * for the decline test PaymentMethods; a Refund succeeds once per payment; an {@code Idempotency-Key}
 * seen before replays the first answer ({@code Idempotent-Replayed: true}) or, with other parameters,
 * is a 400 {@code idempotency_error}. It records every request it receives, and can be told to fail
 * or stall the next one.
 */
final class LocalStripe implements AutoCloseable {
    private static final Map<String, String[]> DECLINES = Map.of(
            "pm_card_visa_chargeDeclined", new String[] {"card_declined", "generic_decline", "Your card was declined."},
            "pm_card_visa_chargeDeclinedInsufficientFunds",
            new String[] {"card_declined", "insufficient_funds", "Your card has insufficient funds."},
            "pm_card_chargeDeclinedExpiredCard", new String[] {"expired_card", "expired_card", "Your card has expired."},
            "pm_card_chargeDeclinedProcessingError",
            new String[] {"processing_error", "processing_error", "An error occurred while processing your card."});
    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Answer> byKey = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refunded = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicReference<Answer> nextAnswer = new AtomicReference<>();
    private final AtomicReference<Duration> nextStall = new AtomicReference<>();

    record Received(String method, String path, Map<String, String> headers, String body) {
        Map<String, String> form() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                int equals = pair.indexOf('=');
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
            return fields;
        }
    }

    private record Answer(String parameters, int status, String json) {
    }

    /** PaymentIntents created, by the payment_key of their metadata. */
    private final Map<String, String> intents = new java.util.concurrent.ConcurrentHashMap<>();

    LocalStripe() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** PaymentIntents and Refunds actually made (replays and refusals excluded). */
    int created() {
        return ids.get();
    }

    void answerNext(int status, String json) {
        nextAnswer.set(new Answer("", status, json));
    }

    void stallNext(Duration stall) {
        nextStall.set(stall);
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (exchange.getRequestMethod().equals("GET") && exchange.getRequestURI().getPath()
                .equals("/v1/payment_intents/search")) {
            search(exchange);
            return;
        }
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body);
        received.add(request);
        Answer scripted = nextAnswer.getAndSet(null);
        String key = headers.getOrDefault("idempotency-key", "");
        String parameters = request.path() + "?" + body;
        Answer previous = byKey.get(key);
        boolean replayed = false;
        Answer answer;
        if (scripted != null) {
            answer = scripted;
        } else if (previous != null && previous.parameters().equals(parameters)) {
            answer = previous;
            replayed = true;
        } else if (previous != null) {
            answer = new Answer(parameters, 400, "{\"error\":{\"type\":\"idempotency_error\",\"message\":\"Keys for "
                    + "idempotent requests can only be used with the same parameters they were first used with.\"}}");
        } else {
            answer = create(request, parameters);
            byKey.put(key, answer);
        }
        Duration stall = nextStall.getAndSet(null);
        if (stall != null) {
            sleep(stall); // the work is done and kept under the key: only the answer is late
        }
        respond(exchange, answer, replayed);
    }

    private Answer create(Received request, String parameters) {
        Map<String, String> form = request.form();
        if (request.path().equals("/v1/payment_intents")) {
            String[] decline = DECLINES.get(form.get("payment_method"));
            String id = "pi_3Test" + ids.incrementAndGet();
            if (decline != null) {
                return new Answer(parameters, 402, "{\"error\":{\"type\":\"card_error\",\"code\":\"" + decline[0]
                        + "\",\"decline_code\":\"" + decline[1] + "\",\"message\":\"" + decline[2]
                        + "\",\"doc_url\":\"https://stripe.com/docs/error-codes/" + decline[0].replace('_', '-')
                        + "\",\"payment_intent\":{\"id\":\"" + id + "\",\"object\":\"payment_intent\","
                        + "\"status\":\"requires_payment_method\"}}}");
            }
            String intent = "{\"id\":\"" + id + "\",\"object\":\"payment_intent\",\"amount\":"
                    + form.get("amount") + ",\"amount_received\":" + form.get("amount") + ",\"currency\":\""
                    + form.get("currency") + "\",\"status\":\"succeeded\",\"payment_method\":\"pm_1Test\","
                    + "\"latest_charge\":\"ch_3Test\",\"livemode\":false,\"metadata\":{\"reference\":\""
                    + form.get("metadata[reference]") + "\",\"payment_key\":\"" + form.get("metadata[payment_key]")
                    + "\"}}";
            intents.put(form.get("metadata[payment_key]"), intent);
            return new Answer(parameters, 200, intent);
        }
        if (request.path().equals("/v1/refunds")) {
            if (refunded.putIfAbsent(form.get("payment_intent"), true) != null) {
                return new Answer(parameters, 400, "{\"error\":{\"type\":\"invalid_request_error\","
                        + "\"code\":\"charge_already_refunded\",\"message\":\"Charge ch_3Test has already been refunded.\"}}");
            }
            return new Answer(parameters, 200, "{\"id\":\"re_3Test" + ids.incrementAndGet() + "\",\"object\":\"refund\","
                    + "\"amount\":" + form.get("amount") + ",\"currency\":\"eur\",\"payment_intent\":\""
                    + form.get("payment_intent") + "\",\"status\":\"succeeded\"}");
        }
        return new Answer(parameters, 404, "{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"Unrecognized request URL\"}}");
    }

    /** Stripe's search, for the one query Marquee makes: {@code metadata['payment_key']:'<key>'}. */
    private void search(HttpExchange exchange) throws IOException {
        String query = java.net.URLDecoder.decode(exchange.getRequestURI().getRawQuery().substring("query=".length()),
                StandardCharsets.UTF_8);
        received.add(new Received("GET", exchange.getRequestURI().getPath() + "?" + query, Map.of(), ""));
        String key = query.replaceFirst("^metadata\\['payment_key'\\]:'(.*)'$", "$1");
        String found = intents.get(key);
        respond(exchange, new Answer("", 200, "{\"object\":\"search_result\",\"data\":["
                + (found == null ? "" : found) + "],\"has_more\":false}"), false);
    }

    private static void respond(HttpExchange exchange, Answer answer, boolean replayed) throws IOException {
        byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Request-Id", "req_local_" + Integer.toHexString(answer.hashCode()));
        if (replayed) {
            exchange.getResponseHeaders().set("Idempotent-Replayed", "true");
        }
        try {
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection
        }
    }

    private static void sleep(Duration stall) {
        try {
            Thread.sleep(stall.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
