package app.marquee.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting up what the sales scenarios need over HTTP: venues with a map, events. */
final class Sales {
    static final String EVENTS = "/api/v1/events";

    private Sales() {
    }

    /** A concert hall with seated stalls (A-E x 1-10, row A PREMIUM) and a standing pit of 200; its id. */
    static String hall(String operator) {
        return venue(operator, "{\"sections\":[{\"name\":\"Stalls\",\"rows\":\"A-E\",\"seats\":\"1-10\","
                + "\"exceptions\":[{\"seats\":\"A\",\"kind\":\"PREMIUM\"}]}],\"areas\":[{\"name\":\"Pit\","
                + "\"capacity\":200}]}").get("venueId").asText();
    }

    /** A new HALL of this operator drawn with this seat map; the map's JSON (venueId, sections, areas). */
    static com.fasterxml.jackson.databind.JsonNode venue(String operator, String seatMap) {
        Api.Reply created = Api.post("/api/v1/venues", "{\"name\":\"Hall " + Catalog.word() + "\",\"address\":{\"lines\":"
                + "[\"1 place Bellecour\"],\"city\":\"Lyon\",\"postalCode\":\"69002\",\"country\":\"FR\"},"
                + "\"timeZone\":\"Europe/Paris\",\"kind\":\"HALL\"}", operator);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        Api.Reply drawn = Catalog.put("/api/v1/venues/" + id + "/seat-map", seatMap, operator);
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
        return drawn.json().get("seatMap");
    }

    /** A new draft event of this operator; its id. */
    static String event(String operator, String title) {
        Api.Reply created = Api.post(EVENTS, "{\"title\":\"" + title + "\",\"category\":\"CONCERT\"}", operator);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    /**
     * A show on sale at {@link #hall} in a month, its event on sale too, priced "Category 1" (STANDARD
     * seats, 45 EUR), "Premium" (PREMIUM, 80 EUR) and "Standing" (the pit, 25 EUR), up to 6 places an
     * order; the show's JSON.
     */
    static com.fasterxml.jackson.databind.JsonNode showOnSale(String organiser, String hall) {
        return showOnSale(organiser, hall, java.time.Duration.ofDays(30));
    }

    /** As above, starting {@code startsIn} from now. */
    static com.fasterxml.jackson.databind.JsonNode showOnSale(String organiser, String hall,
                                                              java.time.Duration startsIn) {
        String pit = Api.get("/api/v1/venues/" + hall, organiser).json().get("seatMap").get("areas").get(0).get("id")
                .asText();
        String event = event(organiser, "Gala " + Catalog.word());
        assertThat(Api.post(EVENTS + "/" + event + "/open-sales", "", organiser).status()).isEqualTo(200);
        return showOnSale(organiser, event, hall, startsIn, "{\"name\":\"Category 1\",\"seatKinds\":[\"STANDARD\"],"
                + "\"price\":{\"amount\":4500,\"currency\":\"EUR\"}},{\"name\":\"Premium\",\"seatKinds\":[\"PREMIUM\"],"
                + "\"price\":{\"amount\":8000,\"currency\":\"EUR\"}},{\"name\":\"Standing\",\"areaIds\":[\"" + pit
                + "\"],\"price\":{\"amount\":2500,\"currency\":\"EUR\"}}");
    }

    /** A show of {@code event} at {@code hall} in {@code startsIn}, priced by these tiers, put on sale; its JSON. */
    static com.fasterxml.jackson.databind.JsonNode showOnSale(String organiser, String event, String hall,
                                                              java.time.Duration startsIn, String priceTiers) {
        java.time.Instant startsAt = java.time.Instant.now().plus(startsIn)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Api.Reply show = Api.post(EVENTS + "/" + event + "/shows", "{\"venueId\":\"" + hall + "\",\"startsAt\":\""
                + startsAt + "\",\"perOrderMaximum\":6,\"priceTiers\":[" + priceTiers + "]}", organiser);
        assertThat(show.status()).as(show.body()).isEqualTo(201);
        String id = show.json().get("id").asText();
        Api.Reply opened = Api.post("/api/v1/shows/" + id + "/open-sales", "", organiser);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        return opened.json();
    }
}
