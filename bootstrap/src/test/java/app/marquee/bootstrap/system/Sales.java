package app.marquee.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting up what the sales scenarios need over HTTP: venues with a map, events. */
final class Sales {
    static final String EVENTS = "/api/v1/events";

    private Sales() {
    }

    /** A concert hall with seated stalls (A-E x 1-10, row A PREMIUM) and a standing pit of 200; its id. */
    static String hall(String operator) {
        Api.Reply created = Api.post("/api/v1/venues", "{\"name\":\"Hall " + Catalog.word() + "\",\"address\":{\"lines\":"
                + "[\"1 place Bellecour\"],\"city\":\"Lyon\",\"postalCode\":\"69002\",\"country\":\"FR\"},"
                + "\"timeZone\":\"Europe/Paris\",\"kind\":\"HALL\"}", operator);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        Api.Reply drawn = Catalog.put("/api/v1/venues/" + id + "/seat-map", "{\"sections\":[{\"name\":\"Stalls\","
                + "\"rows\":\"A-E\",\"seats\":\"1-10\",\"exceptions\":[{\"seats\":\"A\",\"kind\":\"PREMIUM\"}]}],"
                + "\"areas\":[{\"name\":\"Pit\",\"capacity\":200}]}", operator);
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
        return id;
    }

    /** A new draft event of this operator; its id. */
    static String event(String operator, String title) {
        Api.Reply created = Api.post(EVENTS, "{\"title\":\"" + title + "\",\"category\":\"CONCERT\"}", operator);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }
}
