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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SMS through a Twilio-style REST API with the JDK's HTTP client: a form POST of {@code To},
 * {@code From} and {@code Body}, authenticated with the account SID and token. A 2xx answer is
 * delivered. Only a refusal of the recipient is permanent: a 400 whose error code says the number
 * is invalid, not a mobile, or unsubscribed (Twilio's 21211, 21217, 21401, 21610, 21614), which no
 * retry changes. Everything else is retried: 401, 403 and 404 say the account or its configuration
 * is wrong (a wrong SID or token, a suspended account), which an operator fixes, and then the
 * waiting messages should go; so are a refused sender, 408, 429, 5xx, a timeout or no connection.
 */
public class HttpSmsChannel implements MessageChannel {
    /** Twilio's codes for a recipient that cannot receive this SMS whatever we do. */
    private static final Set<Integer> RECIPIENT_REFUSED = Set.of(21211, 21217, 21401, 21610, 21614);
    private static final Pattern ERROR_CODE = Pattern.compile("\"code\"\\s*:\\s*(\\d{1,9})");
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
        return status == 400 && RECIPIENT_REFUSED.contains(errorCode(body)) ? DeliveryResult.permanent(reason)
                : DeliveryResult.retryable(reason);
    }

    /** The provider's error code ({@code "code": 21211}); 0 when the body names none. */
    private static int errorCode(String body) {
        Matcher code = body == null ? null : ERROR_CODE.matcher(body);
        return code != null && code.find() ? Integer.parseInt(code.group(1)) : 0;
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
