package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** A show on sale at a fresh hall (see {@link Sales#showOnSale}), and buyers holding its seats. */
record Shop(JsonNode show) {

    static Shop open() {
        return openBy(Accounts.operator().accessToken(), java.time.Duration.ofDays(30));
    }

    /** A show of this organiser's, starting {@code startsIn} from now. */
    static Shop openBy(String organiser, java.time.Duration startsIn) {
        return new Shop(Sales.showOnSale(organiser, Sales.hall(organiser), startsIn));
    }

    String id() {
        return show.get("id").asText();
    }

    /** The buyer holds these seats at "Category 1"; the hold's id. */
    String holdSeats(String buyer, String... labels) {
        StringBuilder items = new StringBuilder();
        for (String label : labels) {
            items.append(items.length() == 0 ? "" : ",").append("{\"seatId\":\"").append(seat(label).get("id").asText())
                    .append("\",\"tierId\":\"").append(tier("Category 1")).append("\"}");
        }
        Api.Reply held = Api.post("/api/v1/shows/" + id() + "/holds", "{\"items\":[" + items + "]}", buyer);
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        return held.json().get("id").asText();
    }

    String seatState(String label) {
        return seat(label).get("state").asText();
    }

    private JsonNode seat(String label) {
        Api.Reply availability = Api.get("/api/v1/shows/" + id() + "/availability", null);
        assertThat(availability.status()).as(availability.body()).isEqualTo(200);
        for (JsonNode seat : availability.json().get("seats")) {
            if (seat.get("label").asText().equals(label)) {
                return seat;
            }
        }
        throw new AssertionError("no seat " + label);
    }

    private String tier(String name) {
        for (JsonNode tier : show.get("priceTiers")) {
            if (tier.get("name").asText().equals(name)) {
                return tier.get("id").asText();
            }
        }
        throw new AssertionError("no tier " + name);
    }
}
