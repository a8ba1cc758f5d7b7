package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Buyers hold seats and standing places of a show while they pay; what they hold is taken from everyone else. */
class HoldSystemTest {

    @Test
    void aBuyerHoldsTwoSeatsThatOthersSeeHeldAndCannotHoldAndANewHoldGivesThemBack() {
        String organiser = Accounts.operator().accessToken();
        JsonNode show = Sales.showOnSale(organiser, Sales.hall(organiser));
        String id = show.get("id").asText();
        String category1 = tier(show, "Category 1");
        String ann = Accounts.newUser().accessToken();
        String bob = Accounts.newUser().accessToken();
        String b1 = seat(id, "Stalls B-1");
        String b2 = seat(id, "Stalls B-2");

        Api.Reply held = Api.post(holds(id), items(seatItem(b1, category1), seatItem(b2, category1)), ann);

        assertThat(held.status()).as(held.body()).isEqualTo(201);
        JsonNode hold = held.json();
        assertThat(held.header("Location")).isEqualTo("/api/v1/holds/" + hold.get("id").asText());
        assertThat(hold.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(Instant.parse(hold.get("expiresAt").asText())).isBetween(Instant.now().plus(Duration.ofMinutes(9)),
                Instant.now().plus(Duration.ofMinutes(11)));
        assertThat(hold.get("items")).extracting(item -> item.get("seatLabel").asText())
                .containsExactly("Stalls B-1", "Stalls B-2");
        assertThat(hold.get("items").get(0).get("tierName").asText()).isEqualTo("Category 1");
        assertThat(hold.get("total").get("amount").asLong()).isEqualTo(9000);
        assertThat(hold.get("discount").get("amount").asLong()).isZero();
        assertThat(state(id, b1)).isEqualTo("HELD");
        assertThat(state(id, b2)).isEqualTo("HELD");

        JsonNode refused = Catalog.problem(Api.post(holds(id), items(seatItem(b2, category1), seatItem(b1, category1)),
                bob), 409, "SEATS_UNAVAILABLE");
        assertThat(refused.get("subjects")).extracting(JsonNode::asText).containsExactly(b2, b1);
        JsonNode french = Catalog.problem(Catalog.post(holds(id), items(seatItem(b1, category1)), bob,
                "Accept-Language", "fr"), 409, "SEATS_UNAVAILABLE");
        assertThat(french.get("title").asText()).isEqualTo("Places déjà prises");

        Api.Reply replaced = Api.post(holds(id), items(seatItem(seat(id, "Stalls B-5"), category1)), ann);
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
        assertThat(state(id, b1)).isEqualTo("AVAILABLE");
        assertThat(Api.get("/api/v1/holds/" + hold.get("id").asText(), ann).json().get("state").asText())
                .isEqualTo("RELEASED");
        assertThat(Api.post(holds(id), items(seatItem(b1, category1)), bob).status()).isEqualTo(201);
    }

    @Test
    void standingPlacesCountDownUpToThePerOrderMaximum() {
        String organiser = Accounts.operator().accessToken();
        JsonNode show = Sales.showOnSale(organiser, Sales.hall(organiser));
        String id = show.get("id").asText();
        String standing = tier(show, "Standing");
        String pit = availability(id).get("areas").get(0).get("id").asText();
        String buyer = Accounts.newUser().accessToken();

        Catalog.problem(Api.post(holds(id), items(areaItem(pit, standing, 7)), buyer), 422, "PER_ORDER_LIMIT_EXCEEDED");
        Api.Reply held = Api.post(holds(id), items(areaItem(pit, standing, 3)), buyer);

        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(held.json().get("items").get(0).get("areaName").asText()).isEqualTo("Pit");
        assertThat(held.json().get("total").get("amount").asLong()).isEqualTo(7500);
        JsonNode left = availability(id);
        assertThat(left.get("areas").get(0).get("remaining").asInt()).isEqualTo(197);
        assertThat(left.get("tiers")).filteredOn(tier -> tier.get("name").asText().equals("Standing"))
                .extracting(tier -> tier.get("remaining").asInt()).containsExactly(197);
        assertThat(left.get("status").asText()).isEqualTo("ON_SALE");
        Catalog.problem(Api.post(holds(id), items(areaItem(pit, tier(show, "Category 1"), 1)), buyer),
                422, "TIER_NOT_APPLICABLE");
    }

    @Test
    void bestAvailableGivesSeatsSideBySideInOneRow() {
        String organiser = Accounts.operator().accessToken();
        JsonNode show = Sales.showOnSale(organiser, Sales.hall(organiser));
        String id = show.get("id").asText();
        String buyer = Accounts.newUser().accessToken();

        Api.Reply held = Api.post(holds(id), "{\"bestAvailable\":{\"tierId\":\"" + tier(show, "Category 1")
                + "\",\"quantity\":3,\"together\":true}}", buyer);

        assertThat(held.status()).as(held.body()).isEqualTo(201);
        List<String> labels = new ArrayList<>();
        held.json().get("items").forEach(item -> labels.add(item.get("seatLabel").asText()));
        assertThat(labels).hasSize(3);
        String row = labels.get(0).substring(0, labels.get(0).indexOf('-'));
        assertThat(labels).allMatch(label -> label.startsWith(row + "-"));
        List<Integer> numbers = labels.stream().map(label -> Integer.parseInt(label.substring(label.indexOf('-') + 1)))
                .sorted().toList();
        assertThat(numbers.get(2) - numbers.get(0)).isEqualTo(2);
        Catalog.problemOn(Api.post(holds(id), "{\"items\":[],\"bestAvailable\":{\"tierId\":\"" + tier(show, "Premium")
                + "\",\"quantity\":1}}", buyer), 400, "INVALID_VALUE", "bestAvailable");
        String premium = tier(show, "Premium");
        assertThat(Api.post(holds(id), items(seatItem(seat(id, "Stalls A-4"), premium),
                seatItem(seat(id, "Stalls A-7"), premium)), Accounts.newUser().accessToken()).status()).isEqualTo(201);
        Catalog.problem(Api.post(holds(id), "{\"bestAvailable\":{\"tierId\":\"" + premium
                + "\",\"quantity\":4,\"together\":true}}", buyer), 409, "NOT_ENOUGH_ADJACENT_SEATS");
        Api.Reply apart = Api.post(holds(id), "{\"bestAvailable\":{\"tierId\":\"" + premium
                + "\",\"quantity\":4,\"together\":false}}", buyer);
        assertThat(apart.status()).as(apart.body()).isEqualTo(201);
        assertThat(apart.json().get("items")).extracting(item -> item.get("seatLabel").asText())
                .doesNotContain("Stalls A-4", "Stalls A-7").hasSize(4);
    }

    @Test
    void aBuyerGivesTheirHoldBackAndNobodyElseCanSeeOrReleaseIt() {
        String organiser = Accounts.operator().accessToken();
        JsonNode show = Sales.showOnSale(organiser, Sales.hall(organiser));
        String id = show.get("id").asText();
        String buyer = Accounts.newUser().accessToken();
        String stranger = Accounts.newUser().accessToken();
        String c3 = seat(id, "Stalls C-3");
        String hold = Api.post(holds(id), items(seatItem(c3, tier(show, "Category 1"))), buyer).json().get("id").asText();

        Catalog.problem(Api.get("/api/v1/holds/" + hold, stranger), 404, "HOLD_NOT_FOUND");
        Catalog.problem(Api.delete("/api/v1/holds/" + hold, "", stranger), 404, "HOLD_NOT_FOUND");
        assertThat(state(id, c3)).isEqualTo("HELD");

        assertThat(Api.delete("/api/v1/holds/" + hold, "", buyer).status()).isEqualTo(204);

        assertThat(state(id, c3)).isEqualTo("AVAILABLE");
        Catalog.problem(Api.delete("/api/v1/holds/" + hold, "", buyer), 409, "HOLD_NOT_ACTIVE");
        Catalog.problem(Api.post("/api/v1/shows/00000000-0000-4000-8000-000000000009/holds",
                items(seatItem(c3, tier(show, "Category 1"))), buyer), 404, "SHOW_NOT_FOUND");
        assertThat(Api.post(holds(id), items(seatItem(c3, tier(show, "Category 1"))), null).status()).isEqualTo(401);
    }

    private static String holds(String show) {
        return "/api/v1/shows/" + show + "/holds";
    }

    private static String items(String... items) {
        return "{\"items\":[" + String.join(",", items) + "]}";
    }

    private static String seatItem(String seat, String tier) {
        return "{\"seatId\":\"" + seat + "\",\"tierId\":\"" + tier + "\"}";
    }

    private static String areaItem(String area, String tier, int quantity) {
        return "{\"areaId\":\"" + area + "\",\"tierId\":\"" + tier + "\",\"quantity\":" + quantity + "}";
    }

    private static String tier(JsonNode show, String name) {
        for (JsonNode tier : show.get("priceTiers")) {
            if (tier.get("name").asText().equals(name)) {
                return tier.get("id").asText();
            }
        }
        throw new AssertionError("no tier " + name);
    }

    private static JsonNode availability(String show) {
        Api.Reply reply = Api.get("/api/v1/shows/" + show + "/availability", null);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String seat(String show, String label) {
        return find(show, label).get("id").asText();
    }

    private static String state(String show, String seatId) {
        for (JsonNode seat : availability(show).get("seats")) {
            if (seat.get("id").asText().equals(seatId)) {
                return seat.get("state").asText();
            }
        }
        throw new AssertionError("no seat " + seatId);
    }

    private static JsonNode find(String show, String label) {
        for (JsonNode seat : availability(show).get("seats")) {
            if (seat.get("label").asText().equals(label)) {
                return seat;
            }
        }
        throw new AssertionError("no seat " + label);
    }
}
