package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static app.marquee.bootstrap.system.Sales.EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

/** An organiser hands out promo codes for an event and watches how often they are used. */
class PromoCodeSystemTest {
    private static final Instant NEXT_WEEK = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void anOrganiserHandsOutAPercentageAndAFixedAmountCodeAndListsThem() {
        String organiser = Accounts.operator().accessToken();
        String event = Sales.event(organiser, "Spring gala");

        Api.Reply early = Api.post(codes(event), "{\"code\":\" early-bird \",\"percentOff\":20,\"validUntil\":\""
                + NEXT_WEEK + "\",\"usageCap\":100,\"perBuyerCap\":1}", organiser);
        Api.Reply friends = Api.post(codes(event), "{\"code\":\"FRIENDS\",\"amountOff\":{\"amount\":500,"
                + "\"currency\":\"EUR\"},\"validUntil\":\"" + NEXT_WEEK + "\"}", organiser);

        assertThat(early.status()).as(early.body()).isEqualTo(201);
        assertThat(early.json().get("code").asText()).isEqualTo("EARLY-BIRD");
        assertThat(early.json().get("percentOff").asInt()).isEqualTo(20);
        assertThat(early.json().get("perBuyerCap").asInt()).isEqualTo(1);
        assertThat(friends.status()).as(friends.body()).isEqualTo(201);
        assertThat(friends.json().get("amountOff").get("amount").asLong()).isEqualTo(500);
        JsonNode listed = Api.get(codes(event), organiser).json();
        assertThat(listed).extracting(code -> code.get("code").asText()).containsExactly("EARLY-BIRD", "FRIENDS");
        assertThat(listed.get(0).get("uses").asLong()).isZero();
        assertThat(listed.get(1).get("usageCap").isNull()).isTrue();
    }

    @Test
    void aCodeIsTakenOncePerEventAndBadCodesAreRefusedWithTheirField() {
        String organiser = Accounts.operator().accessToken();
        String event = Sales.event(organiser, "Autumn gala");
        String body = "{\"code\":\"GALA\",\"percentOff\":10,\"validUntil\":\"" + NEXT_WEEK + "\"}";
        assertThat(Api.post(codes(event), body, organiser).status()).isEqualTo(201);

        Catalog.problem(Api.post(codes(event), body.replace("GALA", "gala"), organiser), 409, "PROMO_CODE_DUPLICATE");
        Catalog.problemOn(Api.post(codes(event), "{\"code\":\"BOTH\",\"percentOff\":10,\"amountOff\":{\"amount\":5,"
                + "\"currency\":\"EUR\"},\"validUntil\":\"" + NEXT_WEEK + "\"}", organiser), 400, "INVALID_VALUE",
                "percentOff");
        Catalog.problemOn(Api.post(codes(event), "{\"code\":\"NONE\",\"validUntil\":\"" + NEXT_WEEK + "\"}", organiser),
                400, "INVALID_VALUE", "percentOff");
        Catalog.problem(Api.post(codes(event), "{\"code\":\"no spaces\",\"percentOff\":10,\"validUntil\":\""
                + NEXT_WEEK + "\"}", organiser), 400, "VALIDATION_FAILED");
        Catalog.problem(Api.post(codes(event), "{\"code\":\"OVER\",\"percentOff\":101,\"validUntil\":\""
                + NEXT_WEEK + "\"}", organiser), 400, "VALIDATION_FAILED");
        Api.Reply backwards = Api.send(Api.request(codes(event), organiser).header("Content-Type", "application/json")
                .header("Accept-Language", "fr").POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"BACK\","
                        + "\"percentOff\":10,\"validFrom\":\"" + NEXT_WEEK + "\",\"validUntil\":\"" + NEXT_WEEK + "\"}")));
        assertThat(Catalog.problemOn(backwards, 422, "PROMO_CODE_WINDOW_INVALID", "validUntil").get("title").asText())
                .isEqualTo("Période de validité invalide");
    }

    @Test
    void onlyTheEventsOrganiserOrAnAdminSeesOrHandsOutItsCodes() {
        String organiser = Accounts.operator().accessToken();
        String event = Sales.event(organiser, "Private gala");
        String body = "{\"code\":\"SECRET\",\"percentOff\":50,\"validUntil\":\"" + NEXT_WEEK + "\"}";

        Catalog.problem(Api.post(codes(event), body, Accounts.operator().accessToken()), 404, "EVENT_NOT_FOUND");
        Catalog.problem(Api.get(codes(event), Accounts.operator().accessToken()), 404, "EVENT_NOT_FOUND");
        assertThat(Api.post(codes(event), body, Accounts.newUser().accessToken()).status()).isEqualTo(403);
        assertThat(Api.get(codes(event), null).status()).isEqualTo(401);
        assertThat(Api.post(codes(event), body, Accounts.admin().accessToken()).status()).isEqualTo(201);
        assertThat(Api.get(codes(event), organiser).json()).hasSize(1);
    }

    @Test
    void aBuyerHoldsWithACodeAndTheLastUseGoesToOneBuyerOnly() {
        String organiser = Accounts.operator().accessToken();
        JsonNode show = Sales.showOnSale(organiser, Sales.hall(organiser));
        String event = show.get("eventId").asText();
        String pit = show.get("priceTiers").get(2).get("areaIds").get(0).asText();
        String standing = show.get("priceTiers").get(2).get("id").asText();
        assertThat(Api.post(codes(event), "{\"code\":\"HALF\",\"percentOff\":50,\"validUntil\":\"" + NEXT_WEEK
                + "\",\"usageCap\":1}", organiser).status()).isEqualTo(201);
        String holds = "/api/v1/shows/" + show.get("id").asText() + "/holds";
        String twoStanding = "{\"items\":[{\"areaId\":\"" + pit + "\",\"tierId\":\"" + standing + "\",\"quantity\":2}],";
        String ann = Accounts.newUser().accessToken();

        Api.Reply held = Api.post(holds, twoStanding + "\"promoCode\":\"half\"}", ann);

        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(held.json().get("subtotal").get("amount").asLong()).isEqualTo(5000);
        assertThat(held.json().get("discount").get("amount").asLong()).isEqualTo(2500);
        assertThat(held.json().get("total").get("amount").asLong()).isEqualTo(2500);
        Catalog.problem(Api.post(holds, twoStanding + "\"promoCode\":\"HALF\"}", Accounts.newUser().accessToken()),
                409, "PROMO_CODE_EXHAUSTED");
        Api.Reply again = Api.post(holds, twoStanding + "\"promoCode\":\"HALF\"}", ann);
        assertThat(again.status()).as("Ann's own hold, being replaced, is not another use").isEqualTo(201);
        Catalog.problem(Api.post(holds, twoStanding + "\"promoCode\":\"NOPE\"}", ann), 422, "PROMO_CODE_UNKNOWN");
        assertThat(Api.get(codes(event), organiser).json().get(0).get("uses").asLong()).isEqualTo(1);
        assertThat(Api.get("/api/v1/holds/" + again.json().get("id").asText(), ann).json().get("total").get("amount")
                .asLong()).as("a refused code leaves the hold as it was").isEqualTo(2500);
    }

    private static String codes(String event) {
        return EVENTS + "/" + event + "/promo-codes";
    }
}
