package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static app.marquee.bootstrap.system.OrderSystemTest.VISA;
import static app.marquee.bootstrap.system.OrderSystemTest.pay;
import static app.marquee.bootstrap.system.OrderSystemTest.placed;
import static org.assertj.core.api.Assertions.assertThat;

/** Buyers cancel and are refunded by the policy, organisers call shows off, and late payments never get a ticket. */
class CancellationSystemTest {
    private static final String WEBHOOK = "/api/v1/payments/stripe/webhook";

    @Test
    void aBuyerCancellingAMonthAheadIsRefundedInFullAndTheSeatIsOnSaleAgainAtOnce() {
        Shop shop = Shop.open();
        String ann = Accounts.newUser().accessToken();
        JsonNode order = placed(ann, shop.holdSeats(ann, "Stalls B-1"));
        assertReconciles(shop);

        Api.Reply cancelled = cancel(order, ann);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("state").asText()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("refund").get("percent").asInt()).isEqualTo(100);
        assertThat(cancelled.json().get("refund").get("amount").get("amount").asLong()).isEqualTo(4500);
        assertThat(cancelled.json().get("refund").get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(cancelled.json().get("tickets")).allSatisfy(t -> assertThat(t.get("state").asText()).isEqualTo("VOID"));
        assertThat(shop.seatState("Stalls B-1")).isEqualTo("AVAILABLE");
        assertThat(Database.count("SELECT count(*) FROM refunds WHERE order_id = '" + order.get("id").asText()
                + "' AND state = 'SUCCEEDED' AND reason = 'BUYER_CANCELLED'")).isEqualTo(1);
        assertReconciles(shop);

        String bob = Accounts.newUser().accessToken();
        placed(bob, shop.holdSeats(bob, "Stalls B-1"));
        assertThat(shop.seatState("Stalls B-1")).isEqualTo("SOLD");
        assertReconciles(shop);
    }

    @Test
    void tenHoursAheadHalfComesBackAndAnHourAheadNothingChanges() {
        String organiser = Accounts.operator().accessToken();
        Shop tonight = Shop.openBy(organiser, Duration.ofHours(10));
        Shop soon = Shop.openBy(organiser, Duration.ofMinutes(90));
        String ann = Accounts.newUser().accessToken();

        JsonNode half = cancel(placed(ann, tonight.holdSeats(ann, "Stalls C-1")), ann).json();
        assertThat(half.get("refund").get("percent").asInt()).isEqualTo(50);
        assertThat(half.get("refund").get("amount").get("amount").asLong()).isEqualTo(2250);

        JsonNode kept = placed(ann, soon.holdSeats(ann, "Stalls C-2"));
        JsonNode refused = Catalog.problem(cancel(kept, ann, "fr"), 409, "NOT_REFUNDABLE");
        assertThat(refused.get("title").asText()).isEqualTo("Trop tard pour annuler");
        assertThat(soon.seatState("Stalls C-2")).isEqualTo("SOLD");
        assertThat(Api.get("/api/v1/orders/" + kept.get("id").asText(), ann).json().get("state").asText())
                .isEqualTo("PAID");
        assertReconciles(tonight);
        assertReconciles(soon);
    }

    @Test
    void anotherBuyersOrderIsNotFoundAndACancelledOneIsAlreadyCancelledInEnglishAndFrench() {
        Shop shop = Shop.open();
        String ann = Accounts.newUser().accessToken();
        String bob = Accounts.newUser().accessToken();
        JsonNode order = placed(ann, shop.holdSeats(ann, "Stalls C-5"));

        Catalog.problem(cancel(order, bob), 404, "ORDER_NOT_FOUND");
        Catalog.problem(Api.post("/api/v1/orders/" + UUID.randomUUID() + "/cancel", "", ann), 404, "ORDER_NOT_FOUND");
        assertThat(cancel(order, ann).status()).isEqualTo(200);
        JsonNode again = Catalog.problem(cancel(order, ann), 409, "ORDER_ALREADY_CANCELLED");
        assertThat(again.get("title").asText()).isEqualTo("Order already cancelled");
        assertThat(Catalog.problem(cancel(order, ann, "fr"), 409, "ORDER_ALREADY_CANCELLED").get("title").asText())
                .isEqualTo("Commande déjà annulée");
        Catalog.problem(Api.post("/api/v1/orders/" + order.get("id").asText() + "/cancel", "", null), 401,
                "UNAUTHORIZED");
    }

    @Test
    void anOrganiserCancellingTheShowCancelsEveryOrderAndTheDispatcherRefundsThemAll() throws InterruptedException {
        String organiser = Accounts.operator().accessToken();
        Shop shop = Shop.openBy(organiser, Duration.ofDays(20));
        String ann = Accounts.newUser().accessToken();
        String bob = Accounts.newUser().accessToken();
        String cy = Accounts.newUser().accessToken();
        JsonNode first = placed(ann, shop.holdSeats(ann, "Stalls D-1", "Stalls D-2"));
        JsonNode second = placed(bob, shop.holdSeats(bob, "Stalls D-3"));
        String held = shop.holdSeats(cy, "Stalls D-4");

        Api.Reply called = Api.post("/api/v1/shows/" + shop.id() + "/cancel", "", organiser);

        assertThat(called.status()).as(called.body()).isEqualTo(200);
        for (String[] mine : new String[][] {{first.get("id").asText(), ann}, {second.get("id").asText(), bob}}) {
            JsonNode read = Api.get("/api/v1/orders/" + mine[0], mine[1]).json();
            assertThat(read.get("state").asText()).isEqualTo("CANCELLED");
            assertThat(read.get("tickets")).allSatisfy(t -> assertThat(t.get("state").asText()).isEqualTo("VOID"));
        }
        assertThat(Api.get("/api/v1/holds/" + held, cy).json().get("state").asText()).isEqualTo("RELEASED");
        assertReconciles(shop);
        String refundsOfShow = "SELECT count(*) FROM refunds r JOIN orders o ON o.id = r.order_id WHERE o.show_id = '"
                + shop.id() + "' AND r.reason = 'SHOW_CANCELLED' AND r.amount_minor = o.total_minor";
        assertThat(Database.count(refundsOfShow)).isEqualTo(2);
        for (int i = 0; i < 100 && Database.count(refundsOfShow + " AND r.state = 'SUCCEEDED'") < 2; i++) {
            Thread.sleep(100);
        }
        assertThat(Database.count(refundsOfShow + " AND r.state = 'SUCCEEDED'")).as("sent by the dispatcher")
                .isEqualTo(2);
        assertReconciles(shop);
        Catalog.problem(cancel(first, ann), 409, "ORDER_ALREADY_CANCELLED");
    }

    @Test
    void aPaymentConfirmedByWebhookAfterItsHoldEndedAndItsSeatWasResoldIsRefundedNeverTicketed() {
        Shop shop = Shop.open();
        String ann = Accounts.newUser().accessToken();
        String hold = shop.holdSeats(ann, "Stalls E-1");
        Catalog.problem(pay(ann, UUID.randomUUID().toString(), hold, "4000000000000119"), 503,
                "PAYMENT_PROVIDER_UNAVAILABLE");
        assertThat(Api.delete("/api/v1/holds/" + hold, "", ann).status()).isEqualTo(204);
        String bob = Accounts.newUser().accessToken();
        placed(bob, shop.holdSeats(bob, "Stalls E-1"));
        byte[] event = succeeded("pi_late_" + UUID.randomUUID(), 4500, "Marquee hold " + hold);

        Api.Reply told = webhook(event, StripeSignatures.header(event));

        assertThat(told.status()).as(told.body()).isEqualTo(200);
        assertThat(told.json().get("outcome").asText()).isEqualTo("REFUNDED");
        assertThat(Api.get("/api/v1/me/orders", ann).json().get("items")).isEmpty();
        assertThat(Database.count("SELECT count(*) FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE p.hold_id = '"
                + hold + "' AND r.reason = 'LATE_PAYMENT' AND r.state = 'SUCCEEDED' AND p.order_id IS NULL")).isEqualTo(1);
        assertThat(shop.seatState("Stalls E-1")).isEqualTo("SOLD");
        assertReconciles(shop);

        Api.Reply replayed = webhook(event, StripeSignatures.header(event));
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.json().get("outcome").isNull()).as("a replay changes nothing").isTrue();
        assertThat(Database.count("SELECT count(*) FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE p.hold_id = '"
                + hold + "'")).isEqualTo(1);
        assertReconciles(shop);
    }

    @Test
    void aWebhookCallWithoutAValidSignatureIsRefusedAndOtherEventsAreIgnored() {
        byte[] event = succeeded("pi_" + UUID.randomUUID(), 100, "Marquee hold " + UUID.randomUUID());

        Catalog.problem(webhook(event, null), 400, "WEBHOOK_SIGNATURE_INVALID");
        Catalog.problem(webhook(event, "t=" + (System.currentTimeMillis() / 1000) + ",v1=00ff"), 400,
                "WEBHOOK_SIGNATURE_INVALID");
        JsonNode french = Catalog.problem(Api.send(Api.request(WEBHOOK, null).header("Content-Type", "application/json")
                .header("Accept-Language", "fr").header("Stripe-Signature", "t=1,v1=00")
                .POST(HttpRequest.BodyPublishers.ofByteArray(event))), 400, "WEBHOOK_SIGNATURE_INVALID");
        assertThat(french.get("title").asText()).isEqualTo("Signature du webhook invalide");

        byte[] other = "{\"id\":\"evt_1\",\"type\":\"customer.created\",\"data\":{\"object\":{\"object\":\"customer\"}}}"
                .getBytes(StandardCharsets.UTF_8);
        Api.Reply ignored = webhook(other, StripeSignatures.header(other));
        assertThat(ignored.status()).as(ignored.body()).isEqualTo(200);
        assertThat(ignored.json().get("outcome").isNull()).isTrue();
        Api.Reply unknown = webhook(event, StripeSignatures.header(event));
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().get("outcome").isNull()).as("no such payment of ours").isTrue();
    }

    private static Api.Reply cancel(JsonNode order, String token) {
        return Api.post("/api/v1/orders/" + order.get("id").asText() + "/cancel", "", token);
    }

    private static Api.Reply cancel(JsonNode order, String token, String language) {
        return Catalog.post("/api/v1/orders/" + order.get("id").asText() + "/cancel", "", token, "Accept-Language",
                language);
    }

    private static void assertReconciles(Shop shop) {
        JsonNode report = Api.get("/api/v1/admin/shows/" + shop.id() + "/integrity", Accounts.admin().accessToken())
                .json();
        assertThat(report.get("reconciles").asBoolean()).as(report.toString()).isTrue();
    }

    private static Api.Reply webhook(byte[] payload, String signature) {
        HttpRequest.Builder request = Api.request(WEBHOOK, null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(payload));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return Api.send(request);
    }

    /** A payment_intent.succeeded event as Stripe sends it, for a charge Marquee made with this reference. */
    private static byte[] succeeded(String paymentIntent, long amount, String reference) {
        return ("{\"id\":\"evt_" + UUID.randomUUID() + "\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
                + "\"data\":{\"object\":{\"id\":\"" + paymentIntent + "\",\"object\":\"payment_intent\",\"amount\":"
                + amount + ",\"amount_received\":" + amount + ",\"currency\":\"eur\",\"status\":\"succeeded\","
                + "\"metadata\":{\"reference\":\"" + reference + "\"}}}}").getBytes(StandardCharsets.UTF_8);
    }
}
