package app.marquee.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's viewers, registered and signed in through the API as real ones are
 * ({@code POST /api/v1/auth/register}, then {@code POST /api/v1/auth/login}), so their password
 * hashes, sessions and tokens are Marquee's own. A few at a time: each costs an Argon2 hash.
 */
final class BenchViewers {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");
    private static final int AT_ONCE = 4;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    BenchViewers(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Registers viewers 0 to count - 1; returns their account ids, in that order. */
    List<UUID> register(int count) throws Exception {
        return each(count, i -> () -> UUID.fromString(call("/api/v1/auth/register", """
                {"email": "%s", "password": "%s", "displayName": "Bench viewer %d", "locale": "en"}"""
                .formatted(email(i), password(i), i), 201, ID)));
    }

    /**
     * The admin vouches for these viewers' e-mails ({@code PATCH /api/v1/admin/users/{id}}), as a box
     * office would: Marquee lets only verified accounts buy (MARQUEE_REQUIRE_VERIFIED_EMAIL, on).
     */
    void markEmailsVerified(List<UUID> ids, String adminToken) throws Exception {
        each(ids.size(), i -> () -> {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/api/v1/admin/users/" + ids.get(i)))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + adminToken)
                    .timeout(Duration.ofSeconds(30))
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"emailVerified\": true}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("PATCH " + ids.get(i) + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return ids.get(i);
        });
    }

    /** Signs viewers 0 to count - 1 in; returns their access tokens, in that order. */
    List<String> signIn(int count) throws Exception {
        return each(count, i -> () -> call("/api/v1/auth/login", """
                {"email": "%s", "password": "%s"}""".formatted(email(i), password(i)), 200, ACCESS_TOKEN));
    }

    private static String email(int i) {
        return "bench-viewer-" + i + "@example.org";
    }

    private static String password(int i) {
        return "quiet orchard lantern " + i;
    }

    private String call(String path, String body, int expected, Pattern wanted) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher value = wanted.matcher(response.body());
        if (response.statusCode() != expected || !value.find()) {
            throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return value.group(1);
    }

    private static <T> List<T> each(int count, IntFunction<java.util.concurrent.Callable<T>> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<T>> results = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                results.add(threads.submit(task.apply(i)));
            }
            List<T> values = new ArrayList<>(count);
            for (Future<T> result : results) {
                values.add(result.get());
            }
            return values;
        } finally {
            threads.shutdownNow();
        }
    }
}
