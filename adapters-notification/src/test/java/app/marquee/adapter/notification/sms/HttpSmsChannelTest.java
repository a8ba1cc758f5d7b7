package app.marquee.adapter.notification.sms;

import app.marquee.domain.notification.DeliveryResult;
import app.marquee.domain.notification.RenderedMessage;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a local gateway speaking Twilio's Messages API (com.sun.net.httpserver). */
class HttpSmsChannelTest {
    private final AtomicInteger status = new AtomicInteger(201);
    private final AtomicReference<String> answer = new AtomicReference<>("{\"sid\":\"SM1\"}");
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer gateway;

    @BeforeEach
    void start() throws IOException {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\n"
                    + exchange.getRequestHeaders().getFirst("Authorization") + "\n"
                    + URLDecoder.decode(body, StandardCharsets.UTF_8));
            byte[] reply = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    @Test
    void anSmsIsAFormPostWithBasicAuthentication() {
        DeliveryResult result = channel().deliver("+33612345678", RenderedMessage.sms("Marquee: tickets 101, 102"));

        assertThat(result).isEqualTo(DeliveryResult.delivered());
        assertThat(requests).singleElement().satisfies(request -> assertThat(request)
                .startsWith("POST /2010-04-01/Accounts/AC123/Messages.json\n")
                .contains("Basic " + Base64.getEncoder().encodeToString("AC123:s3cret".getBytes(StandardCharsets.UTF_8)))
                .contains("To=+33612345678").contains("From=Marquee").contains("Body=Marquee: tickets 101, 102"));
    }

    @Test
    void anInvalidNumberIsPermanent() {
        status.set(400);
        answer.set("{\"code\": 21211, \"message\": \"The 'To' number +33612345678 is not a valid phone number.\","
                + " \"status\": 400}");

        DeliveryResult result = channel().deliver("+33612345678", RenderedMessage.sms("Hello"));

        assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
        assertThat(((DeliveryResult.Failed) result).retryable()).isFalse();
        assertThat(((DeliveryResult.Failed) result).reason()).contains("400").contains("not a valid")
                .doesNotContain("s3cret");
    }

    @Test
    void anAccountOrConfigurationTheGatewayRefusesIsWorthRetryingOnceFixed() {
        answer.set("{\"code\": 20003, \"message\": \"Authenticate\", \"status\": 401}");
        for (int refused : new int[] {401, 403, 404}) {
            status.set(refused);
            DeliveryResult result = channel().deliver("+33612345678", RenderedMessage.sms("Hello"));
            assertThat(((DeliveryResult.Failed) result).retryable()).as("%d", refused).isTrue();
        }
        status.set(400);
        answer.set("{\"code\": 21606, \"message\": \"The 'From' phone number is not valid for this account\"}");
        DeliveryResult badSender = channel().deliver("+33612345678", RenderedMessage.sms("Hello"));
        assertThat(((DeliveryResult.Failed) badSender).retryable()).as("a sender we misconfigured").isTrue();
    }

    @Test
    void aGatewayInTroubleIsWorthRetrying() {
        for (int trouble : new int[] {500, 503, 429}) {
            status.set(trouble);
            DeliveryResult result = channel().deliver("+33612345678", RenderedMessage.sms("Hello"));
            assertThat(((DeliveryResult.Failed) result).retryable()).as("%d", trouble).isTrue();
        }
    }

    @Test
    void aGatewayThatCannotBeReachedIsWorthRetrying() {
        gateway.stop(0);

        DeliveryResult result = channel().deliver("+33612345678", RenderedMessage.sms("Hello"));

        assertThat(((DeliveryResult.Failed) result).retryable()).isTrue();
    }

    private HttpSmsChannel channel() {
        return new HttpSmsChannel(new SmsSettings(URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/"),
                "AC123", "s3cret", "Marquee", Duration.ofSeconds(3)));
    }
}
