package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A sold-out show's waiting list: places that come back go to the first in line, who buys them. */
class WaitingListSystemTest {

    @Test
    void aReleasedHoldIsOfferedToTheFirstInLineWhoBuysItWhileTheNextKeepsWaiting() {
        Box box = Box.soldOutByAHold();
        String bob = Accounts.newUser().accessToken();
        String cat = Accounts.newUser().accessToken();

        JsonNode bobs = join(box, bob, 1);
        JsonNode cats = join(box, cat, 1);
        assertThat(bobs.get("state").asText()).isEqualTo("WAITING");
        assertThat(bobs.get("position").asInt()).isEqualTo(1);
        assertThat(cats.get("position").asInt()).isEqualTo(2);

        assertThat(Catalog.delete("/api/v1/holds/" + box.annsHold, box.ann).status()).isEqualTo(204);

        JsonNode offered = Api.get(box.list() + "/me", bob).json();
        assertThat(offered.get("state").asText()).isEqualTo("OFFERED");
        assertThat(offered.get("offer").get("places").asInt()).isEqualTo(1);
        assertThat(offered.get("offer").get("total").get("amount").asLong()).isEqualTo(4500);
        assertThat(Instant.parse(offered.get("offer").get("expiresAt").asText()))
                .isAfter(Instant.now().plus(Duration.ofMinutes(110)));
        JsonNode stillWaiting = Api.get(box.list() + "/me", cat).json();
        assertThat(stillWaiting.get("state").asText()).isEqualTo("WAITING");
        assertThat(stillWaiting.get("position").asInt()).isEqualTo(1);
        String passerBy = Accounts.newUser().accessToken();
        Catalog.problem(Api.post("/api/v1/shows/" + box.show + "/holds", box.seat(box.seat1), passerBy), 409,
                "SEATS_UNAVAILABLE");

        JsonNode order = OrderSystemTest.placed(bob, offered.get("offer").get("holdId").asText());
        assertThat(order.get("tickets")).hasSize(1);
        assertThat(Api.get(box.list() + "/me", bob).json().get("state").asText()).isEqualTo("SERVED");
    }

    @Test
    void placesThatComeBackAreKeptForThoseWaitingRatherThanSoldToAPasserBy() {
        Box box = Box.soldOutByAHold();
        String cat = Accounts.newUser().accessToken();
        join(box, cat, 2);

        assertThat(Catalog.delete("/api/v1/holds/" + box.annsHold, box.ann).status()).isEqualTo(204);

        assertThat(Api.get(box.list() + "/me", cat).json().get("state").asText())
                .as("one seat back, cat wants two").isEqualTo("WAITING");
        String passerBy = Accounts.newUser().accessToken();
        JsonNode kept = Catalog.problem(Catalog.post("/api/v1/shows/" + box.show + "/holds", box.seat(box.seat1),
                passerBy, "Accept-Language", "fr"), 409, "PLACES_KEPT_FOR_WAITING_LIST");
        assertThat(kept.get("title").asText()).isEqualTo("Places réservées à la liste d'attente");
        assertThat(join(box, passerBy, 1).get("position").asInt()).as("the seat is kept: they may wait for it")
                .isEqualTo(2);
    }

    @Test
    void joiningAndLeavingRefuseWhatMakesNoSenseInEnglishAndFrench() {
        Box box = Box.soldOutByAHold();
        String bob = Accounts.newUser().accessToken();
        join(box, bob, 1);

        Catalog.problem(Api.post(box.list(), box.wish(1), bob), 409, "ALREADY_ON_WAITING_LIST");
        JsonNode french = Catalog.problem(Catalog.post(box.list(), box.wish(1), bob, "Accept-Language", "fr"), 409,
                "ALREADY_ON_WAITING_LIST");
        assertThat(french.get("title").asText()).isEqualTo("Déjà en attente");
        String cat = Accounts.newUser().accessToken();
        Catalog.problem(Api.post(box.list(), box.wish(7), cat), 422, "PER_ORDER_LIMIT_EXCEEDED");
        Catalog.problem(Api.post(box.list(), "{\"places\":1,\"tierId\":\"" + UUID.randomUUID() + "\"}", cat), 422,
                "TIER_NOT_FOUND");
        Catalog.problem(Api.post("/api/v1/shows/" + UUID.randomUUID() + "/waiting-list", box.wish(1), cat), 404,
                "SHOW_NOT_FOUND");
        Shop open = Shop.open();
        String tier = open.show().get("priceTiers").get(0).get("id").asText();
        JsonNode notSoldOut = Catalog.problem(Catalog.post("/api/v1/shows/" + open.id() + "/waiting-list",
                "{\"places\":1,\"tierId\":\"" + tier + "\"}", cat, "Accept-Language", "fr"), 409, "SHOW_NOT_SOLD_OUT");
        assertThat(notSoldOut.get("title").asText()).isEqualTo("Places encore en vente");
        Catalog.problem(Api.get(box.list() + "/me", cat), 404, "NOT_ON_WAITING_LIST");
        Catalog.problem(Catalog.delete("/api/v1/shows/" + UUID.randomUUID() + "/waiting-list/me", cat), 404,
                "NOT_ON_WAITING_LIST");
        assertThat(Api.post(box.list(), box.wish(1), null).status()).isEqualTo(401);

        assertThat(Catalog.delete(box.list() + "/me", bob).status()).isEqualTo(204);
        assertThat(Api.get(box.list() + "/me", bob).json().get("state").asText()).isEqualTo("LEFT");
        Catalog.problem(Catalog.delete(box.list() + "/me", bob), 404, "NOT_ON_WAITING_LIST");
        assertThat(join(box, bob, 1).get("state").asText()).as("may join again").isEqualTo("WAITING");
    }

    private static JsonNode join(Box box, String token, int places) {
        Api.Reply joined = Api.post(box.list(), box.wish(places), token);
        assertThat(joined.status()).as(joined.body()).isEqualTo(201);
        return joined.json();
    }

    /** A show of two seats (45 EUR, up to 6 an order): ann holds the first, dan the second. */
    private record Box(String show, String tier, String seat1, String seat2, String ann, String annsHold) {
        static Box soldOutByAHold() {
            String organiser = Accounts.operator().accessToken();
            Api.Reply venue = Api.post("/api/v1/venues", "{\"name\":\"Box " + Catalog.word() + "\",\"address\":{\"lines\":"
                    + "[\"2 rue Neuve\"],\"city\":\"Lyon\",\"postalCode\":\"69001\",\"country\":\"FR\"},"
                    + "\"timeZone\":\"Europe/Paris\",\"kind\":\"HALL\"}", organiser);
            assertThat(venue.status()).as(venue.body()).isEqualTo(201);
            String hall = venue.json().get("id").asText();
            Api.Reply drawn = Catalog.put("/api/v1/venues/" + hall + "/seat-map",
                    "{\"sections\":[{\"name\":\"Box\",\"rows\":\"A\",\"seats\":\"1-2\"}]}", organiser);
            assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
            String event = Sales.event(organiser, "Recital " + Catalog.word());
            assertThat(Api.post(Sales.EVENTS + "/" + event + "/open-sales", "", organiser).status()).isEqualTo(200);
            Instant startsAt = Instant.now().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.SECONDS);
            Api.Reply show = Api.post(Sales.EVENTS + "/" + event + "/shows", "{\"venueId\":\"" + hall + "\",\"startsAt\":\""
                    + startsAt + "\",\"perOrderMaximum\":6,\"priceTiers\":[{\"name\":\"Category 1\",\"seatKinds\":"
                    + "[\"STANDARD\"],\"price\":{\"amount\":4500,\"currency\":\"EUR\"}}]}", organiser);
            assertThat(show.status()).as(show.body()).isEqualTo(201);
            String id = show.json().get("id").asText();
            Api.Reply opened = Api.post("/api/v1/shows/" + id + "/open-sales", "", organiser);
            assertThat(opened.status()).as(opened.body()).isEqualTo(200);
            String tier = opened.json().get("priceTiers").get(0).get("id").asText();
            JsonNode seats = Api.get("/api/v1/shows/" + id + "/availability", null).json().get("seats");
            String ann = Accounts.newUser().accessToken();
            Box box = new Box(id, tier, seats.get(0).get("id").asText(), seats.get(1).get("id").asText(), ann, null);
            String dan = Accounts.newUser().accessToken();
            assertThat(Api.post("/api/v1/shows/" + id + "/holds", box.seat(box.seat2), dan).status()).isEqualTo(201);
            Api.Reply held = Api.post("/api/v1/shows/" + id + "/holds", box.seat(box.seat1), ann);
            assertThat(held.status()).as(held.body()).isEqualTo(201);
            return new Box(id, tier, box.seat1, box.seat2, ann, held.json().get("id").asText());
        }

        String list() {
            return "/api/v1/shows/" + show + "/waiting-list";
        }

        String wish(int places) {
            return "{\"places\":" + places + ",\"tierId\":\"" + tier + "\"}";
        }

        String seat(String seat) {
            return "{\"items\":[{\"seatId\":\"" + seat + "\",\"tierId\":\"" + tier + "\"}]}";
        }
    }
}
