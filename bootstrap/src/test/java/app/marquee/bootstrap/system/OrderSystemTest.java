package app.marquee.bootstrap.system;

import app.marquee.application.sales.order.port.out.SignTicketsPort;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Buyers pay for what they hold: once per Idempotency-Key, with tickets whose codes the door can check. */
class OrderSystemTest {
    static final String VISA = "4242424242424242";

    @Test
    void aBuyerPaysForTwoSeatsOnceAndGetsTicketsWhoseCodesVerifyHoweverOftenTheRequestIsSent() {
        Shop shop = Shop.open();
        String ann = Accounts.newUser().accessToken();
        String hold = shop.holdSeats(ann, "Stalls B-1", "Stalls B-2");
        String key = UUID.randomUUID().toString();

        Api.Reply paid = pay(ann, key, hold, VISA);

        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        JsonNode order = paid.json();
        assertThat(paid.header("Location")).isEqualTo("/api/v1/orders/" + order.get("id").asText());
        assertThat(order.get("state").asText()).isEqualTo("PAID");
        assertThat(order.get("total").get("amount").asLong()).isEqualTo(9000);
        assertThat(order.get("payment").get("brand").asText()).isEqualTo("VISA");
        assertThat(order.get("payment").get("last4").asText()).isEqualTo("4242");
        assertThat(order.get("tickets")).extracting(t -> t.get("seatLabel").asText())
                .containsExactly("Stalls B-1", "Stalls B-2");
        assertThat(order.get("tickets")).allSatisfy(ticket -> {
            assertThat(ticket.get("tierName").asText()).isEqualTo("Category 1");
            assertThat(ticket.get("state").asText()).isEqualTo("VALID");
            assertThat(verifies(ticket.get("code").asText())).isTrue();
        });
        String forged = order.get("tickets").get(0).get("code").asText().replaceFirst("\\.[^.]+$", ".AAAAAAAAAAAAAAAAAAAA");
        assertThat(verifies(forged)).isFalse();
        assertThat(shop.seatState("Stalls B-1")).isEqualTo("SOLD");

        Api.Reply replayed = pay(ann, key, hold, VISA);
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(201);
        assertThat(replayed.json().get("id")).isEqualTo(order.get("id"));
        assertThat(replayed.json().get("tickets")).isEqualTo(order.get("tickets"));
        assertThat(Database.count("SELECT count(*) FROM payments WHERE hold_id = '" + hold + "'")).isEqualTo(1);
        Catalog.problem(pay(ann, key, hold, "5555555555554444"), 422, "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void aBuyerReadsTheirOrdersAndTicketsAndNobodyElseCanButAnAdmin() {
        Shop shop = Shop.open();
        String ann = Accounts.newUser().accessToken();
        String bob = Accounts.newUser().accessToken();
        String first = placed(ann, shop.holdSeats(ann, "Stalls C-1")).get("id").asText();
        String second = placed(ann, shop.holdSeats(ann, "Stalls C-2", "Stalls C-3")).get("id").asText();

        assertThat(Api.get("/api/v1/orders/" + first, ann).status()).isEqualTo(200);
        Catalog.problem(Api.get("/api/v1/orders/" + first, bob), 404, "ORDER_NOT_FOUND");
        Catalog.problem(Api.get("/api/v1/orders/" + UUID.randomUUID(), bob), 404, "ORDER_NOT_FOUND");
        assertThat(Api.get("/api/v1/orders/" + first, Accounts.admin().accessToken()).status()).isEqualTo(200);

        JsonNode page = Api.get("/api/v1/me/orders?limit=1", ann).json();
        assertThat(page.get("items")).extracting(o -> o.get("id").asText()).containsExactly(second);
        JsonNode next = Api.get("/api/v1/me/orders?limit=1&cursor=" + page.get("nextCursor").asText(), ann).json();
        assertThat(next.get("items")).extracting(o -> o.get("id").asText()).containsExactly(first);
        assertThat(next.get("nextCursor").isNull()).isTrue();
        assertThat(Api.get("/api/v1/me/orders", bob).json().get("items")).isEmpty();

        JsonNode tickets = Api.get("/api/v1/me/tickets?limit=2", ann).json();
        assertThat(tickets.get("items")).hasSize(2).allSatisfy(t -> {
            assertThat(t.get("show").get("title").asText()).startsWith("Gala ");
            assertThat(t.get("show").get("venueName").asText()).startsWith("Hall ");
            assertThat(verifies(t.get("ticket").get("code").asText())).isTrue();
        });
        JsonNode rest = Api.get("/api/v1/me/tickets?limit=2&cursor=" + tickets.get("nextCursor").asText(), ann).json();
        assertThat(rest.get("items")).hasSize(1);
        Catalog.problem(Api.get("/api/v1/me/tickets?cursor=bm90LWEtY3Vyc29y", ann), 400, "INVALID_CURSOR");
    }

    @Test
    void aDeclinedCardIsA402WithItsReasonAndTheHoldWaitsForAnotherCard() {
        Shop shop = Shop.open();
        String ann = Accounts.newUser().accessToken();
        String hold = shop.holdSeats(ann, "Stalls D-4");
        String key = UUID.randomUUID().toString();

        JsonNode declined = Catalog.problem(pay(ann, key, hold, "4000000000000002"), 402, "PAYMENT_DECLINED");
        assertThat(declined.get("reason").asText()).isEqualTo("CARD_DECLINED");
        JsonNode poor = Catalog.problem(Catalog.post("/api/v1/orders", body(hold, "4000000000009995"), ann,
                "Idempotency-Key", UUID.randomUUID().toString(), "Accept-Language", "fr"), 402, "PAYMENT_DECLINED");
        assertThat(poor.get("reason").asText()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(poor.get("title").asText()).isEqualTo("Paiement refusé");
        assertThat(Catalog.problem(pay(ann, key, hold, "4000000000000002"), 402, "PAYMENT_DECLINED").get("reason")
                .asText()).isEqualTo("CARD_DECLINED");
        assertThat(Api.get("/api/v1/holds/" + hold, ann).json().get("state").asText()).isEqualTo("ACTIVE");
        assertThat(shop.seatState("Stalls D-4")).isEqualTo("HELD");

        Api.Reply paid = pay(ann, UUID.randomUUID().toString(), hold, VISA);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        assertThat(shop.seatState("Stalls D-4")).isEqualTo("SOLD");
    }

    @Test
    void aProviderOutageIsA503ToRetryWithTheSameKeyWhichThenNeverChargesTwice() {
        Shop shop = Shop.open();
        String ann = Accounts.newUser().accessToken();
        String hold = shop.holdSeats(ann, "Stalls D-6");
        String key = UUID.randomUUID().toString();

        Api.Reply outage = pay(ann, key, hold, "4000000000000119");

        Catalog.problem(outage, 503, "PAYMENT_PROVIDER_UNAVAILABLE");
        assertThat(outage.header("Retry-After")).isNotBlank();
        // the attempt stays PENDING (to be settled under its own provider key): another key waits for it
        Catalog.problem(pay(ann, UUID.randomUUID().toString(), hold, VISA), 409, "PAYMENT_IN_PROGRESS");
        Catalog.problem(pay(ann, key, hold, "4000000000000119"), 503, "PAYMENT_PROVIDER_UNAVAILABLE");
        assertThat(Database.count("SELECT count(*) FROM payments WHERE hold_id = '" + hold + "' AND state = 'PENDING'"))
                .isEqualTo(1);
        assertThat(Api.get("/api/v1/holds/" + hold, ann).json().get("state").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void badKeysCardsAndOthersHoldsAreClearProblemsInEnglishAndFrench() {
        Shop shop = Shop.open();
        String ann = Accounts.newUser().accessToken();
        String bob = Accounts.newUser().accessToken();
        String hold = shop.holdSeats(ann, "Stalls E-9");

        Catalog.problemOn(Api.post("/api/v1/orders", body(hold, VISA), ann), 400, "IDEMPOTENCY_KEY_INVALID",
                "Idempotency-Key");
        Catalog.problemOn(pay(ann, "has space", hold, VISA), 400, "IDEMPOTENCY_KEY_INVALID", "Idempotency-Key");
        Catalog.problemOn(pay(ann, UUID.randomUUID().toString(), hold, "4242424242424241"), 422, "CARD_NUMBER_INVALID",
                "payment.card.number");
        Catalog.problem(pay(bob, UUID.randomUUID().toString(), hold, VISA), 404, "HOLD_NOT_FOUND");
        JsonNode french = Catalog.problem(Catalog.post("/api/v1/orders", body(UUID.randomUUID().toString(), VISA), ann,
                "Idempotency-Key", "k-" + UUID.randomUUID(), "Accept-Language", "fr"), 404, "HOLD_NOT_FOUND");
        assertThat(french.get("detail").asText()).isNotBlank();
        Catalog.problem(Catalog.post("/api/v1/orders", body(hold, VISA), null, "Idempotency-Key", "k"), 401,
                "UNAUTHORIZED");
    }

    static Api.Reply pay(String token, String key, String hold, String cardNumber) {
        return Catalog.post("/api/v1/orders", body(hold, cardNumber), token, "Idempotency-Key", key);
    }

    static JsonNode placed(String token, String hold) {
        Api.Reply paid = pay(token, UUID.randomUUID().toString(), hold, VISA);
        assertThat(paid.status()).as(paid.body()).isEqualTo(201);
        return paid.json();
    }

    static String body(String hold, String cardNumber) {
        return "{\"holdId\":\"" + hold + "\",\"payment\":{\"card\":{\"number\":\"" + cardNumber
                + "\",\"expMonth\":12,\"expYear\":2030,\"cvc\":\"731\"}}}";
    }

    /** What the door would check: the code parses, and the server's secret signed it. */
    static boolean verifies(String code) {
        SignTicketsPort signer = MarqueeServer.context().getBean(SignTicketsPort.class);
        return app.marquee.domain.sales.order.TicketCode.parse(code).map(parsed -> parsed.isSignedBy(signer))
                .orElse(false);
    }
}
