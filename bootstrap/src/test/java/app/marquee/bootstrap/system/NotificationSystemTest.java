package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Buyers are told by e-mail (or SMS) what became of their orders, and a mail server outage never
 * costs a sale: the confirmation waits in the outbox and goes out once the server is back.
 */
class NotificationSystemTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aPurchaseWhileTheMailServerIsDownIsPaidAndItsConfirmationArrivesOnceTheServerIsBack() throws Exception {
        Shop shop = Shop.open();
        Accounts.Session ann = Accounts.newUser("Ann");
        String hold = shop.holdSeats(ann.accessToken(), "Stalls C-1", "Stalls C-2");
        String admin = Accounts.admin().accessToken();
        JsonNode order;
        JsonNode waiting;
        Mailbox.stop();
        try {
            order = OrderSystemTest.placed(ann.accessToken(), hold);
            assertThat(order.get("state").asText()).isEqualTo("PAID");

            waiting = awaitMessage(admin, "PENDING", ann.email(), "ORDER_CONFIRMED",
                    message -> message.get("attempts").asInt() >= 1);
            assertThat(waiting.get("lastError").asText()).isNotBlank();
            assertThat(waiting.get("channel").asText()).isEqualTo("EMAIL");
            assertThat(waiting.get("data").has("codes")).as("ticket codes are never shown to operators").isFalse();
            assertThat(waiting.get("data").get("tickets")).hasSize(2);
        } finally {
            Mailbox.restart();
        }

        MimeMessage mail = Mailbox.awaitTo(ann.email(), "Your tickets", PATIENCE).orElseThrow();
        String text = text(mail);
        for (JsonNode ticket : order.get("tickets")) {
            assertThat(text).contains("Ticket " + ticket.get("number").asLong() + ": Stalls C-")
                    .contains(ticket.get("code").asText());
        }
        JsonNode sent = awaitMessage(admin, "SENT", ann.email(), "ORDER_CONFIRMED", message -> true);
        assertThat(sent.get("id").asText()).isEqualTo(waiting.get("id").asText());

        String retry = "/api/v1/admin/notifications/" + sent.get("id").asText() + "/retry";
        Catalog.problem(Api.post(retry, "", admin), 409, "NOTIFICATION_ALREADY_SENT");
        JsonNode french = Catalog.problem(Catalog.post(retry, "", admin, "Accept-Language", "fr"), 409,
                "NOTIFICATION_ALREADY_SENT");
        assertThat(french.get("title").asText()).isEqualTo("Notification déjà envoyée");
    }

    @Test
    void theOrganiserCallingAShowOffTellsEveryBuyer() throws Exception {
        String organiser = Accounts.operator().accessToken();
        Shop shop = Shop.openBy(organiser, Duration.ofDays(30));
        Accounts.Session ann = Accounts.newUser("Ann");
        OrderSystemTest.placed(ann.accessToken(), shop.holdSeats(ann.accessToken(), "Stalls B-3"));

        assertThat(Api.post("/api/v1/shows/" + shop.id() + "/cancel", "", organiser).status()).isEqualTo(200);

        MimeMessage mail = Mailbox.awaitTo(ann.email(), "Cancelled:", PATIENCE).orElseThrow();
        assertThat(text(mail)).contains("the organiser has cancelled this show").contains("refunded in full");
    }

    @Test
    void aBuyerChoosesSmsWithAPhoneNumberReadInTheDefaultRegion() throws Exception {
        Accounts.Session bob = Accounts.newUser("Bob");
        String token = bob.accessToken();
        String prefs = "/api/v1/me/notification-preferences";
        assertThat(Api.get(prefs, token).json().toString()).isEqualTo("{\"email\":true,\"sms\":false}");

        Catalog.problem(Catalog.put(prefs, "{\"email\":true,\"sms\":true}", token), 422, "SMS_NEEDS_PHONE");
        Catalog.problem(Catalog.put(prefs, "{\"email\":false,\"sms\":false}", token), 422, "NO_CHANNEL_CHOSEN");
        Catalog.problemOn(Api.patch("/api/v1/me", "{\"phone\":\"06 12 34\"}", token), 422, "PHONE_NUMBER_INVALID",
                "phone");
        Api.Reply phoned = Api.patch("/api/v1/me", "{\"phone\":\"06 12 34 56 78\"}", token);
        assertThat(phoned.json().get("phone").asText()).isEqualTo("+33612345678");
        Api.Reply chosen = Catalog.put(prefs, "{\"email\":false,\"sms\":true}", token);
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);

        Shop shop = Shop.open();
        OrderSystemTest.placed(token, shop.holdSeats(token, "Stalls D-1"));

        JsonNode sms = awaitMessage(Accounts.admin().accessToken(), "SENT", "+33612345678", "ORDER_CONFIRMED",
                message -> message.get("data").get("showTitle") != null);
        assertThat(sms.get("channel").asText()).isEqualTo("SMS");
        assertThat(Mailbox.awaitTo(bob.email(), "Your tickets", Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void onlyAdminsSeeTheOutboxAndAnUnknownMessageIsNotFound() {
        String user = Accounts.newUser().accessToken();
        String admin = Accounts.admin().accessToken();

        assertThat(Api.get("/api/v1/admin/notifications", user).status()).isEqualTo(403);
        Catalog.problem(Api.post("/api/v1/admin/notifications/" + UUID.randomUUID() + "/retry", "", admin), 404,
                "NOTIFICATION_NOT_FOUND");
        Catalog.problem(Api.get("/api/v1/admin/notifications?status=LOST", admin), 400, "INVALID_VALUE");
        Catalog.problem(Api.get("/api/v1/admin/notifications?cursor=bm9wZQ", admin), 400, "INVALID_CURSOR");
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("v1:+300000-01-01T00:00:00Z|" + UUID.randomUUID()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Catalog.problem(Api.get("/api/v1/admin/notifications?cursor=" + forged, admin), 400, "INVALID_CURSOR");
        Api.Reply page = Api.get("/api/v1/admin/notifications?limit=1", admin);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("items")).hasSizeLessThanOrEqualTo(1);
    }

    /** The newest message of this status, kind and recipient that passes {@code test}, waited for. */
    private static JsonNode awaitMessage(String admin, String status, String recipient, String kind,
                                         java.util.function.Predicate<JsonNode> test) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        do {
            Optional<JsonNode> found = find(admin, status, recipient, kind, test);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no " + status + " " + kind + " to " + recipient + "; the newest messages: "
                + Api.get("/api/v1/admin/notifications?limit=5", admin).body());
    }

    private static Optional<JsonNode> find(String admin, String status, String recipient, String kind,
                                           java.util.function.Predicate<JsonNode> test) {
        Api.Reply page = Api.get("/api/v1/admin/notifications?status=" + status + "&limit=100", admin);
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<JsonNode> matching = new ArrayList<>();
        page.json().get("items").forEach(matching::add);
        return matching.stream().filter(message -> message.get("recipient").asText().equals(recipient)
                && message.get("kind").asText().equals(kind) && test.test(message)).findFirst();
    }

    private static String text(MimeMessage mail) {
        return Mailbox.text(mail);
    }
}
