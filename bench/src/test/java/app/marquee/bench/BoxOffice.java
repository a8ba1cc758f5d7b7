package app.marquee.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets up what a sale needs over the API, as an organiser would: an operator (an account the
 * admin promotes), a venue with its seat map, an event on sale, and one show on sale with one
 * price tier for every place (45 EUR). Marquee's admin is created at its start from
 * {@link #ADMIN_EMAIL} and {@link #ADMIN_PASSWORD}.
 */
final class BoxOffice {
    static final String ADMIN_EMAIL = "bench-admin@example.org";
    static final String ADMIN_PASSWORD = "Bench-Admin-quiet-orchard-77";
    private static final String OPERATOR_EMAIL = "bench-operator@example.org";
    private static final String OPERATOR_PASSWORD = "Bench-Operator-lantern-58";
    private final SaleApi api;
    private final String operator;
    private int venues;

    private BoxOffice(SaleApi api, String operator) {
        this.api = api;
        this.operator = operator;
    }

    /** Registers the operator, has the admin promote it, and signs it in. */
    static BoxOffice open(SaleApi api) throws Exception {
        JsonNode account = api.post("/api/v1/auth/register", """
                {"email": "%s", "password": "%s", "displayName": "Bench box office", "locale": "en"}"""
                .formatted(OPERATOR_EMAIL, OPERATOR_PASSWORD), null, 201);
        api.patch("/api/v1/admin/users/" + account.get("id").asText(), "{\"role\": \"OPERATOR\", \"emailVerified\": true}",
                adminToken(api), 200);
        return new BoxOffice(api, signIn(api, OPERATOR_EMAIL, OPERATOR_PASSWORD));
    }

    /** A fresh admin token (they last 15 minutes). */
    static String adminToken(SaleApi api) throws Exception {
        return signIn(api, ADMIN_EMAIL, ADMIN_PASSWORD);
    }

    private static String signIn(SaleApi api, String email, String password) throws Exception {
        return api.post("/api/v1/auth/login", "{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password),
                null, 200).get("accessToken").asText();
    }

    /** A general-admission show: one standing area of {@code places}, one tier for it. */
    SaleShow standing(String name, int places) throws Exception {
        return show(name, "{\"sections\": [], \"areas\": [{\"name\": \"Floor\", \"capacity\": " + places + "}]}");
    }

    /**
     * A seated show: {@code sections} sections named "Section 1"… of rows A to T by seats 1 to
     * {@code seatsPerRow}, every seat STANDARD, one tier for all of them.
     */
    SaleShow seated(String name, int sections, int seatsPerRow) throws Exception {
        List<String> drawn = new ArrayList<>();
        for (int s = 1; s <= sections; s++) {
            drawn.add("{\"name\": \"Section %d\", \"rows\": \"A-T\", \"seats\": \"1-%d\"}".formatted(s, seatsPerRow));
        }
        return show(name, "{\"sections\": [" + String.join(", ", drawn) + "], \"areas\": []}");
    }

    private SaleShow show(String name, String seatMap) throws Exception {
        String venue = api.post("/api/v1/venues", """
                {"name": "Bench venue %d", "address": {"lines": ["1 quai de la Gare"], "city": "Paris",
                 "postalCode": "75013", "country": "FR"}, "timeZone": "Europe/Paris", "kind": "HALL"}"""
                .formatted(++venues), operator, 201).get("id").asText();
        JsonNode map = api.put("/api/v1/venues/" + venue + "/seat-map", seatMap, operator, 200).get("seatMap");
        JsonNode areas = map.get("areas");
        String areaId = areas.isEmpty() ? null : areas.get(0).get("id").asText();
        String event = api.post("/api/v1/events", "{\"title\": \"%s\", \"category\": \"CONCERT\"}".formatted(name),
                operator, 201).get("id").asText();
        api.post("/api/v1/events/" + event + "/open-sales", "", operator, 200);
        String tier = areaId == null ? "\"seatKinds\": [\"STANDARD\"]" : "\"areaIds\": [\"" + areaId + "\"]";
        Instant startsAt = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode show = api.post("/api/v1/events/" + event + "/shows", """
                {"venueId": "%s", "startsAt": "%s", "priceTiers": [{"name": "Standard", %s,
                 "price": {"amount": 4500, "currency": "EUR"}}]}""".formatted(venue, startsAt, tier), operator, 201);
        String id = show.get("id").asText();
        api.post("/api/v1/shows/" + id + "/open-sales", "", operator, 200);
        return new SaleShow(id, show.get("priceTiers").get(0).get("id").asText(), areaId, map.get("capacity").asInt());
    }
}
