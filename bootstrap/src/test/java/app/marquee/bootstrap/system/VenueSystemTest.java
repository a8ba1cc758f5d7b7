package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators set up venues and draw their seat maps; nobody else may. */
class VenueSystemTest {
    private static final String VENUES = "/api/v1/venues";
    private static final String STALLS = """
            {"sections": [{"name": "Stalls", "rows": "A-H", "seats": "1-16", "aislesAfter": [8],
              "exceptions": [{"seats": "A1-2", "kind": "WHEELCHAIR"}, {"seats": "A3", "kind": "COMPANION"},
                             {"seats": "H5-12", "kind": "PREMIUM"}],
              "missing": ["H15-16"]}]}""";

    @Test
    void anOperatorOpensACinemaRoomDrawsItsSeatsAndRenamesItWithoutOverwritingAnotherEdit() {
        String operator = Accounts.operator().accessToken();
        Api.Reply created = Api.post(VENUES, room("Salle " + Catalog.word()), operator);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo(VENUES + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().get("seatCount").asInt()).isZero();

        Api.Reply drawn = Catalog.put(VENUES + "/" + id + "/seat-map", STALLS, operator, "If-Match", "\"0\"");
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
        assertThat(drawn.header("ETag")).isEqualTo("\"1\"");
        JsonNode map = drawn.json().get("seatMap");
        assertThat(map.get("seatCount").asInt()).isEqualTo(8 * 16 - 2);
        JsonNode rowA = map.get("sections").get(0).get("rows").get(0).get("seats");
        assertThat(rowA.get(0).get("kind").asText()).isEqualTo("WHEELCHAIR");
        assertThat(rowA.get(1).get("kind").asText()).isEqualTo("WHEELCHAIR");
        assertThat(rowA.get(2).get("kind").asText()).isEqualTo("COMPANION");
        assertThat(rowA.get(7).get("label").asText()).isEqualTo("Stalls A-8");
        assertThat(rowA.get(8).get("position").asInt() - rowA.get(7).get("position").asInt())
                .as("the aisle between seats 8 and 9").isEqualTo(2);

        Api.Reply read = Api.get(VENUES + "/" + id, operator);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("kind").asText()).isEqualTo("CINEMA_ROOM");
        assertThat(read.json().get("seatMap").get("sections").get(0).get("rows").get(0).get("seats").get(0)
                .get("id").asText()).isEqualTo(rowA.get(0).get("id").asText());
        assertThat(Catalog.get(VENUES + "/" + id, operator, "If-None-Match", "\"1\"").status()).isEqualTo(304);

        Api.Reply renamed = Catalog.patch(VENUES + "/" + id, "{\"name\":\"Salle Lumière\"}", operator,
                "If-Match", "\"1\"");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Salle Lumière");
        assertThat(renamed.json().get("seatCount").asInt()).as("the map stays").isEqualTo(126);
        assertThat(renamed.header("ETag")).isEqualTo("\"2\"");

        Catalog.problem(Catalog.patch(VENUES + "/" + id, "{\"name\":\"Salle Méliès\"}", operator, "If-Match", "\"1\""),
                412, "VERSION_MISMATCH");
        Catalog.problem(Catalog.put(VENUES + "/" + id + "/seat-map", STALLS, operator, "If-Match", "\"1\""),
                412, "VERSION_MISMATCH");
        assertThat(Api.get(VENUES + "/" + id, operator).json().get("name").asText()).isEqualTo("Salle Lumière");
    }

    @Test
    void aRedrawnMapKeepsItsSeatIdsAndCannotDropSeatsAFutureShowSells() {
        String operator = Accounts.operator().accessToken();
        String id = Api.post(VENUES, room("Salle " + Catalog.word()), operator).json().get("id").asText();
        JsonNode first = Catalog.put(VENUES + "/" + id + "/seat-map", STALLS, operator).json().get("seatMap");
        Map<String, String> ids = seatIds(first);
        String event = Api.post("/api/v1/events", "{\"title\":\"Ciné-club\",\"category\":\"OTHER\"}", operator)
                .json().get("id").asText();
        Api.Reply show = Api.post("/api/v1/events/" + event + "/shows", "{\"venueId\":\"" + id + "\",\"startsAt\":\""
                + Instant.now().plus(Duration.ofDays(30)) + "\",\"priceTiers\":[{\"name\":\"Full\","
                + "\"seatKinds\":[\"STANDARD\",\"PREMIUM\"],\"price\":{\"amount\":1200,\"currency\":\"EUR\"}}]}", operator);
        assertThat(show.status()).as(show.body()).isEqualTo(201);

        JsonNode refused = Catalog.problem(Catalog.put(VENUES + "/" + id + "/seat-map",
                "{\"sections\":[{\"name\":\"Stalls\",\"rows\":\"A-G\",\"seats\":\"1-16\"}]}", operator),
                409, "SEATS_IN_USE");
        assertThat(refused.get("subjects")).extracting(JsonNode::asText).as("a future show may sell every seat")
                .containsExactly("Stalls H-1", "Stalls H-2", "Stalls H-3", "Stalls H-4", "Stalls H-5", "Stalls H-6",
                        "Stalls H-7", "Stalls H-8", "Stalls H-9", "Stalls H-10", "Stalls H-11", "Stalls H-12",
                        "Stalls H-13", "Stalls H-14");

        Api.Reply wider = Catalog.put(VENUES + "/" + id + "/seat-map",
                "{\"sections\":[{\"name\":\"Stalls\",\"rows\":\"A-H\",\"seats\":\"1-18\"}],"
                        + "\"areas\":[{\"name\":\"Standing\",\"capacity\":20}]}", operator);
        assertThat(wider.status()).as(wider.body()).isEqualTo(200);
        Map<String, String> after = seatIds(wider.json().get("seatMap"));
        assertThat(after.get("Stalls H-1")).isEqualTo(ids.get("Stalls H-1"));
        assertThat(after.get("Stalls A-16")).isEqualTo(ids.get("Stalls A-16"));
        assertThat(wider.json().get("seatMap").get("capacity").asInt()).isEqualTo(8 * 18 + 20);
        assertThat(wider.json().get("removedSeats")).isEmpty();

        Catalog.problem(Catalog.delete(VENUES + "/" + id, operator), 409, "VENUE_IN_USE");
    }

    @Test
    void badLayoutsAreRefusedNamingTheFieldInEnglishAndFrench() {
        String operator = Accounts.operator().accessToken();
        String id = Api.post(VENUES, room("Salle " + Catalog.word()), operator).json().get("id").asText();
        String backwards = "{\"sections\":[{\"name\":\"Stalls\",\"rows\":\"M-A\",\"seats\":\"1-20\"}]}";

        JsonNode english = Catalog.problemOn(Catalog.put(VENUES + "/" + id + "/seat-map", backwards, operator),
                422, "ROW_RANGE_INVALID", "sections[0].rows");
        JsonNode french = Catalog.problemOn(Catalog.put(VENUES + "/" + id + "/seat-map", backwards, operator,
                "Accept-Language", "fr"), 422, "ROW_RANGE_INVALID", "sections[0].rows");
        assertThat(english.get("title").asText()).isEqualTo("Invalid rows");
        assertThat(french.get("title").asText()).isEqualTo("Rangs invalides");

        Catalog.problemOn(Catalog.put(VENUES + "/" + id + "/seat-map",
                "{\"sections\":[{\"name\":\"Stalls\",\"rows\":\"A-C\",\"seats\":\"1-10\","
                        + "\"exceptions\":[{\"seats\":\"D1\",\"kind\":\"PREMIUM\"}]}]}", operator, "Accept-Language", "fr"),
                422, "SEAT_OUTSIDE_LAYOUT", "sections[0].exceptions[0].seats");
        Catalog.problemOn(Catalog.put(VENUES + "/" + id + "/seat-map",
                "{\"sections\":[{\"name\":\"Stalls\",\"rows\":\"A-C\",\"seats\":\"10-1\"}]}", operator),
                422, "SEAT_RANGE_INVALID", "sections[0].seats");
        Catalog.problemOn(Catalog.put(VENUES + "/" + id + "/seat-map",
                "{\"sections\":[{\"name\":\"Arena\",\"rows\":\"A-ZZ\",\"seats\":\"1-999\"}]}", operator),
                422, "SEAT_MAP_TOO_LARGE", "sections");
        Catalog.problemOn(Catalog.put(VENUES + "/" + id + "/seat-map",
                "{\"areas\":[{\"name\":\"Floor\",\"capacity\":100}]}", operator),
                422, "CINEMA_ROOM_NEEDS_SEATS", "sections");
        Catalog.problemOn(Catalog.put(VENUES + "/" + id + "/seat-map",
                "{\"sections\":[{\"name\":\"Stalls\",\"rows\":\"A\",\"seats\":\"1-2\","
                        + "\"exceptions\":[{\"seats\":\"A1\",\"kind\":\"THRONE\"}]}]}", operator),
                400, "INVALID_VALUE", "sections[0].exceptions[0].kind");
        Catalog.problemOn(Catalog.put(VENUES + "/" + id + "/seat-map",
                "{\"sections\":[{\"name\":\"Stalls\",\"rows\":\"A\",\"seats\":\"1-2\"}],"
                        + "\"areas\":[{\"name\":\"Pit\",\"capacity\":0}]}", operator),
                400, "INVALID_VALUE", "areas[0].capacity");
        Catalog.problemOn(Api.post(VENUES, room("Nowhere").replace("\"FR\"", "\"XX\""), operator),
                400, "INVALID_VALUE", "address.country");
        Catalog.problemOn(Api.post(VENUES, room("Nowhen").replace("Europe/Paris", "Mars/Olympus"), operator),
                400, "INVALID_VALUE", "timeZone");
        assertThat(Api.get(VENUES + "/" + id, operator).json().get("seatCount").asInt()).isZero();
    }

    @Test
    void onlyOperatorsAndAdminsManageVenues() {
        String user = Accounts.newUser().accessToken();
        String admin = Accounts.admin().accessToken();

        Catalog.problem(Api.post(VENUES, room("Salle " + Catalog.word()), user), 403, "FORBIDDEN");
        Catalog.problem(Api.get(VENUES, user), 403, "FORBIDDEN");
        Catalog.problem(Api.get(VENUES, null), 401, "UNAUTHORIZED");
        Catalog.problem(Api.post(VENUES, room("Salle " + Catalog.word()), null), 401, "UNAUTHORIZED");

        Api.Reply byAdmin = Api.post(VENUES, room("Salle " + Catalog.word()), admin);
        assertThat(byAdmin.status()).as(byAdmin.body()).isEqualTo(201);
        String id = byAdmin.json().get("id").asText();
        Catalog.problem(Catalog.delete(VENUES + "/" + id, user), 403, "FORBIDDEN");
        assertThat(Catalog.delete(VENUES + "/" + id, admin).status()).isEqualTo(204);
        Catalog.problem(Api.get(VENUES + "/" + id, admin), 404, "VENUE_NOT_FOUND");
        Catalog.problem(Catalog.delete(VENUES + "/" + id, admin), 404, "VENUE_NOT_FOUND");
    }

    @Test
    void venuesAreListedByNamePageByPage() {
        String operator = Accounts.operator().accessToken();
        String prefix = "~" + Catalog.word() + " ";
        for (String name : List.of("Cinéma", "arène", "Bataclan")) {
            assertThat(Api.post(VENUES, room(prefix + name), operator).status()).isEqualTo(201);
        }
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = Api.get(VENUES + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), operator).json();
            page.get("items").forEach(venue -> {
                assertThat(venue.get("seatMap").isNull()).isTrue();
                names.add(venue.get("name").asText());
            });
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);

        assertThat(names.stream().filter(name -> name.startsWith(prefix)))
                .containsExactly(prefix + "arène", prefix + "Bataclan", prefix + "Cinéma");
        Catalog.problem(Api.get(VENUES + "?cursor=bm9wZQ", operator), 400, "INVALID_CURSOR");
    }

    private static String room(String name) {
        return "{\"name\":\"" + name + "\",\"address\":{\"lines\":[\"12 rue des Écoles\"],\"city\":\"Paris\","
                + "\"postalCode\":\"75005\",\"country\":\"FR\"},\"timeZone\":\"Europe/Paris\",\"kind\":\"CINEMA_ROOM\","
                + "\"equipment\":[\"DOLBY_ATMOS\",\"WHEELCHAIR_ACCESS\"]}";
    }

    private static Map<String, String> seatIds(JsonNode map) {
        Map<String, String> ids = new HashMap<>();
        map.get("sections").forEach(section -> section.get("rows").forEach(row -> row.get("seats")
                .forEach(seat -> ids.put(seat.get("label").asText(), seat.get("id").asText()))));
        return ids;
    }
}
