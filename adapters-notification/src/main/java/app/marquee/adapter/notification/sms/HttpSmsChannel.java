package app.marquee.adapter.notification.sms;

import app.marquee.adapter.notification.MessageChannel;
import app.marquee.domain.notification.DeliveryResult;
import app.marquee.domain.notification.RenderedMessage;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * SMS through a Twilio-style REST API with the JDK's HTTP client: a form POST of {@code To},
 * {@code From} and {@code Body}, authenticated with the account SID and token. A 2xx answer is
 * delivered; a 4xx other than 408 and 429 (an invalid number, a refused sender) is permanent; 408,
 * 429, 5xx, a timeout or no connection are retried.
 */
public class HttpSmsChannel implements MessageChannel {
    private final SmsSettings settings;
    private final HttpClient http;

    public HttpSmsChannel(SmsSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public DeliveryResult deliver(String recipient, RenderedMessage message) {
        HttpRequest request = HttpRequest.newBuilder(settings.messagesUri()).timeout(settings.timeout())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (settings.accountSid() + ":" + settings.authToken()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("To", recipient, "From", settings.from(),
                        "Body", message.text())))).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return sort(response.statusCode(), response.body());
        } catch (IOException unreachable) {
            return DeliveryResult.retryable("SMS gateway unreachable: " + unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return DeliveryResult.retryable("interrupted while sending");
        }
    }

    @Override
    public String describe() {
        return "SMS over HTTP " + settings;
    }

    static DeliveryResult sort(int status, String body) {
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered();
        }
        String reason = "SMS gateway answered " + status + ": " + abbreviated(body);
        boolean permanent = status >= 400 && status < 500 && status != 408 && status != 429;
        return permanent ? DeliveryResult.permanent(reason) : DeliveryResult.retryable(reason);
    }

    private static String abbreviated(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return flat.length() > 300 ? flat.substring(0, 300) : flat;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
