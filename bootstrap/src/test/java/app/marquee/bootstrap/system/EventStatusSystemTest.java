package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static app.marquee.bootstrap.system.Sales.EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

/** Buyers see an event SOLD_OUT while its shows have no place left, and ON_SALE again when one comes back. */
class EventStatusSystemTest {

    @Test
    void anEventWithOneShowSellsOutAndIsOnSaleAgainWhenAHoldIsReleased() {
        String organiser = Accounts.operator().accessToken();
        String title = "!" + Catalog.word() + " one place left";
        Stage stage = Stage.onePlace(organiser, title);
        JsonNode open = Api.get(EVENTS + "/" + stage.event, null).json();
        assertThat(open.get("status").asText()).isEqualTo("ON_SALE");
        assertThat(open.get("lifecycle").asText()).isEqualTo("ON_SALE");
        String etagOnSale = Api.get(EVENTS + "/" + stage.event, null).header("ETag");

        String buyer = Accounts.newUser().accessToken();
        Api.Reply held = Api.post("/api/v1/shows/" + stage.show + "/holds", "{\"items\":[{\"areaId\":\"" + stage.pit
                + "\",\"tierId\":\"" + stage.tier + "\",\"quantity\":1}]}", buyer);
        assertThat(held.status()).as(held.body()).isEqualTo(201);

        Api.Reply soldOut = Catalog.get(EVENTS + "/" + stage.event, null, "If-None-Match", etagOnSale);
        assertThat(soldOut.status()).as("the status changed, so the ETag did").isEqualTo(200);
        assertThat(soldOut.json().get("status").asText()).isEqualTo("SOLD_OUT");
        assertThat(soldOut.json().get("lifecycle").asText()).isEqualTo("ON_SALE");
        assertThat(listed(title).get("status").asText()).isEqualTo("SOLD_OUT");
        assertThat(Catalog.get(EVENTS + "/" + stage.event, null, "If-None-Match", soldOut.header("ETag")).status())
                .isEqualTo(304);

        assertThat(Catalog.delete("/api/v1/holds/" + held.json().get("id").asText(), buyer).status()).isEqualTo(204);

        assertThat(Api.get(EVENTS + "/" + stage.event, null).json().get("status").asText()).isEqualTo("ON_SALE");
        assertThat(listed(title).get("status").asText()).isEqualTo("ON_SALE");
    }

    @Test
    void aDraftStaysADraftAndACancelledEventStaysCancelledWhateverItsShows() {
        String organiser = Accounts.operator().accessToken();
        Stage stage = Stage.onePlace(organiser, "Encore " + Catalog.word());
        String buyer = Accounts.newUser().accessToken();
        assertThat(Api.post("/api/v1/shows/" + stage.show + "/holds", "{\"items\":[{\"areaId\":\"" + stage.pit
                + "\",\"tierId\":\"" + stage.tier + "\",\"quantity\":1}]}", buyer).status()).isEqualTo(201);

        Api.Reply cancelled = Api.post(EVENTS + "/" + stage.event + "/cancel", "", organiser);

        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(Api.get(EVENTS + "/" + stage.event, organiser).json().get("status").asText()).isEqualTo("CANCELLED");
        String draft = Sales.event(organiser, "Draft " + Catalog.word());
        assertThat(Api.get(EVENTS + "/" + draft, organiser).json().get("status").asText()).isEqualTo("DRAFT");
    }

    private static JsonNode listed(String title) {
        String cursor = null;
        do {
            JsonNode page = Api.get(EVENTS + "?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), null).json();
            for (JsonNode event : page.get("items")) {
                if (event.get("title").asText().equals(title)) {
                    return event;
                }
            }
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        throw new AssertionError(title + " is not listed");
    }

    /** An event on sale with one show on sale at a venue whose only place is a standing pit of one. */
    private record Stage(String event, String show, String pit, String tier) {
        static Stage onePlace(String organiser, String title) {
            JsonNode cellar = Sales.venue(organiser, "{\"areas\":[{\"name\":\"Pit\",\"capacity\":1}]}");
            String pit = cellar.get("areas").get(0).get("id").asText();
            String event = Sales.event(organiser, title);
            assertThat(Api.post(EVENTS + "/" + event + "/open-sales", "", organiser).status()).isEqualTo(200);
            JsonNode show = Sales.showOnSale(organiser, event, cellar.get("venueId").asText(), Duration.ofDays(10),
                    "{\"name\":\"Standing\",\"areaIds\":[\"" + pit + "\"],\"price\":{\"amount\":1500,"
                            + "\"currency\":\"EUR\"}}");
            return new Stage(event, show.get("id").asText(), pit, show.get("priceTiers").get(0).get("id").asText());
        }
    }
}
