package app.marquee.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Marquee's API as the sale scenarios set their stage through it: JSON in, JSON out, with a bearer
 * token, each answer checked against the status expected. (Jackson comes with Gatling.)
 */
final class SaleApi {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    SaleApi(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Reply(int status, JsonNode json, String body) {
    }

    JsonNode post(String path, String body, String token, int expected) throws IOException, InterruptedException {
        return expect(send("POST", path, body, token), "POST " + path, expected);
    }

    JsonNode put(String path, String body, String token, int expected) throws IOException, InterruptedException {
        return expect(send("PUT", path, body, token), "PUT " + path, expected);
    }

    JsonNode patch(String path, String body, String token, int expected) throws IOException, InterruptedException {
        return expect(send("PATCH", path, body, token), "PATCH " + path, expected);
    }

    JsonNode get(String path, String token, int expected) throws IOException, InterruptedException {
        return expect(send("GET", path, null, token), "GET " + path, expected);
    }

    Reply send(String method, String path, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode json = text == null || text.isBlank() ? JSON.nullNode() : JSON.readTree(text);
        return new Reply(response.statusCode(), json, text);
    }

    private static JsonNode expect(Reply reply, String what, int expected) {
        if (reply.status() != expected) {
            throw new IllegalStateException(what + " answered " + reply.status() + " (expected " + expected + "): "
                    + reply.body());
        }
        return reply.json();
    }
}
