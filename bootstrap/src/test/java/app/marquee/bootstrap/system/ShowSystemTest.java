package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static app.marquee.bootstrap.system.Sales.EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

/** An organiser schedules the dates of an event, prices them, opens their sale and may call one off. */
class ShowSystemTest {
    private static final Instant IN_A_MONTH = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void anOrganiserSchedulesTwoDatesPricedBySeatKindAndAreaAndOpensTheirSale() {
        String organiser = Accounts.operator().accessToken();
        String hall = Sales.hall(organiser);
        String pit = Api.get("/api/v1/venues/" + hall, organiser).json().get("seatMap").get("areas").get(0).get("id")
                .asText();
        String event = Sales.event(organiser, "Northern Lights");

        Api.Reply second = schedule(organiser, event, hall, IN_A_MONTH.plus(Duration.ofDays(1)), "");
        Api.Reply first = schedule(organiser, event, hall, IN_A_MONTH, ",{\"name\":\"Standing\",\"areaIds\":[\"" + pit
                + "\"],\"price\":{\"amount\":2500,\"currency\":\"EUR\"},\"conditions\":\"Over 16\"}");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        JsonNode show = first.json();
        assertThat(first.header("Location")).isEqualTo("/api/v1/shows/" + show.get("id").asText());
        assertThat(show.get("status").asText()).isEqualTo("DRAFT");
        assertThat(show.get("timeZone").asText()).isEqualTo("Europe/Paris");
        assertThat(show.get("perOrderMaximum").asInt()).isEqualTo(10);
        assertThat(Instant.parse(show.get("endsAt").asText())).isEqualTo(IN_A_MONTH.plus(Duration.ofHours(3)));
        assertThat(Instant.parse(show.get("salesCloseAt").asText())).isEqualTo(IN_A_MONTH);
        assertThat(show.get("priceTiers").get(0).get("price").get("amount").asLong()).isEqualTo(4500);
        assertThat(show.get("priceTiers").get(1).get("areaIds").get(0).asText()).isEqualTo(pit);
        assertThat(show.get("priceTiers").get(1).get("conditions").asText()).isEqualTo("Over 16");

        Api.Reply opened = Api.post("/api/v1/shows/" + show.get("id").asText() + "/open-sales", "", organiser);
        assertThat(opened.status()).as(opened.body()).isEqualTo(200);
        assertThat(opened.json().get("status").asText()).isEqualTo("ON_SALE");
        assertThat(opened.header("ETag")).isEqualTo("\"1\"");

        Catalog.problem(Api.get(EVENTS + "/" + event + "/shows", null), 404, "EVENT_NOT_FOUND");
        Api.post(EVENTS + "/" + event + "/open-sales", "", organiser);
        JsonNode dates = Api.get(EVENTS + "/" + event + "/shows", null).json();
        assertThat(dates).extracting(date -> date.get("id").asText())
                .containsExactly(show.get("id").asText(), second.json().get("id").asText());
        assertThat(Api.get("/api/v1/shows/" + show.get("id").asText(), null).json().get("status").asText())
                .isEqualTo("ON_SALE");
    }

    @Test
    void callingAnEventOffCancelsEveryDateStillToCome() {
        String organiser = Accounts.operator().accessToken();
        String hall = Sales.hall(organiser);
        String event = Sales.event(organiser, "Rained off");
        String onSale = schedule(organiser, event, hall, IN_A_MONTH, "").json().get("id").asText();
        String draft = schedule(organiser, event, hall, IN_A_MONTH.plus(Duration.ofDays(2)), "").json().get("id").asText();
        assertThat(Api.post("/api/v1/shows/" + onSale + "/open-sales", "", organiser).status()).isEqualTo(200);

        Api.Reply cancelled = Api.post(EVENTS + "/" + event + "/cancel", "", organiser);

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(Api.get(EVENTS + "/" + event + "/shows", organiser).json())
                .extracting(date -> date.get("status").asText()).containsExactly("CANCELLED", "CANCELLED");
        Catalog.problem(Api.post("/api/v1/shows/" + draft + "/open-sales", "", organiser), 409, "EVENT_CANCELLED");
    }

    @Test
    void aCancelledShowStaysCancelledAndAnotherOrganiserCannotTouchIt() {
        String organiser = Accounts.operator().accessToken();
        String rival = Accounts.operator().accessToken();
        String hall = Sales.hall(organiser);
        String event = Sales.event(organiser, "Spring gala");
        String show = schedule(organiser, event, hall, IN_A_MONTH, "").json().get("id").asText();

        Catalog.problem(Api.post("/api/v1/shows/" + show + "/cancel", "", rival), 404, "SHOW_NOT_FOUND");
        Catalog.problem(Api.get("/api/v1/shows/" + show, rival), 404, "SHOW_NOT_FOUND");
        Catalog.problem(schedule(rival, event, hall, IN_A_MONTH, ""), 404, "EVENT_NOT_FOUND");

        Api.Reply cancelled = Api.post("/api/v1/shows/" + show + "/cancel", "", organiser);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        Catalog.problem(Api.post("/api/v1/shows/" + show + "/open-sales", "", organiser), 409, "SHOW_CANCELLED");
        JsonNode french = Catalog.problem(Catalog.post("/api/v1/shows/" + show + "/cancel", "", organiser,
                "Accept-Language", "fr"), 409, "SHOW_CANCELLED");
        assertThat(french.get("title").asText()).isNotBlank();
    }

    @Test
    void badShowsAreRefusedNamingWhatIsWrong() {
        String organiser = Accounts.operator().accessToken();
        String hall = Sales.hall(organiser);
        String event = Sales.event(organiser, "Quiz night");

        Catalog.problemOn(schedule(organiser, event, hall, Instant.now().minus(Duration.ofHours(1)), ""),
                422, "SHOW_TIMES_INVALID", "startsAt");
        Catalog.problemOn(Api.post(EVENTS + "/" + event + "/shows", body(hall, IN_A_MONTH, "")
                .replace("{\"venueId\"", "{\"salesCloseAt\":\"" + IN_A_MONTH.plus(Duration.ofHours(4)) + "\",\"venueId\""),
                organiser), 422, "SHOW_TIMES_INVALID", "salesCloseAt");
        String ghost = "00000000-0000-4000-8000-000000000001";
        JsonNode unknownArea = Catalog.problem(schedule(organiser, event, hall, IN_A_MONTH, ",{\"name\":\"Ghost\","
                + "\"areaIds\":[\"" + ghost + "\"],\"price\":{\"amount\":1,\"currency\":\"EUR\"}}"), 422, "AREA_NOT_FOUND");
        assertThat(unknownArea.get("subjects").get(0).asText()).isEqualTo(ghost);
        Catalog.problemOn(schedule(organiser, event, hall, IN_A_MONTH, ",{\"name\":\"Dollars\",\"seatKinds\":"
                + "[\"PREMIUM\"],\"price\":{\"amount\":1,\"currency\":\"USD\"}}"), 400, "INVALID_VALUE", "priceTiers");
        Catalog.problemOn(schedule(organiser, event, hall, IN_A_MONTH, ",{\"name\":\"Nothing\","
                + "\"price\":{\"amount\":1,\"currency\":\"EUR\"}}"), 400, "INVALID_VALUE", "priceTiers[1]");
        Catalog.problem(Api.post(EVENTS + "/" + event + "/shows", body("00000000-0000-4000-8000-000000000002",
                IN_A_MONTH, ""), organiser), 404, "VENUE_NOT_FOUND");
        Catalog.problem(Api.post(EVENTS + "/" + event + "/shows", body(hall, IN_A_MONTH, ""),
                Accounts.newUser().accessToken()), 403, "FORBIDDEN");
        assertThat(Api.get(EVENTS + "/" + event + "/shows", organiser).json()).isEmpty();
    }

    @Test
    void datesBeyondTheCalendarControlCharactersAndAbsurdPricesAreRefusedNeverA500() {
        String organiser = Accounts.operator().accessToken();
        String hall = Sales.hall(organiser);
        String event = Sales.event(organiser, "Far future");
        String shows = EVENTS + "/" + event + "/shows";

        Catalog.problemOn(Api.post(shows, body(hall, IN_A_MONTH, "").replace("\"startsAt\":\"" + IN_A_MONTH + "\"",
                "\"startsAt\":\"+300000-01-01T00:00:00Z\""), organiser), 400, "INVALID_VALUE", "startsAt");
        Catalog.problemOn(Api.post(shows, body(hall, IN_A_MONTH, "").replace("{\"venueId\"",
                "{\"endsAt\":\"+1000000000-01-01T00:00:00Z\",\"venueId\""), organiser), 400, "INVALID_VALUE", "endsAt");
        Catalog.problem(Api.post(shows, body(hall, IN_A_MONTH, "").replace("Category 1", "Category\\u00001"),
                organiser), 400, "VALIDATION_FAILED");
        Catalog.problem(Api.post(shows, body(hall, IN_A_MONTH, "").replace("4500", "9223372036854775807"),
                organiser), 400, "VALIDATION_FAILED");
        Catalog.problem(Api.post(shows, body(hall, IN_A_MONTH, "").replace("\"amount\":4500", "\"amount\":null"),
                organiser), 400, "VALIDATION_FAILED");
        Catalog.problem(Api.post(shows, body(hall, IN_A_MONTH, "").replace("\"price\":{\"amount\":4500,\"currency\":\"EUR\"}",
                "\"price\":null"), organiser), 400, "VALIDATION_FAILED");
        Catalog.problemOn(Api.get("/api/v1/screenings?date=%2B999999999-12-31", null), 400, "INVALID_VALUE", "date");
        assertThat(Api.get(shows, organiser).json()).isEmpty();
    }

    private static Api.Reply schedule(String token, String event, String venue, Instant startsAt, String moreTiers) {
        return Api.post(EVENTS + "/" + event + "/shows", body(venue, startsAt, moreTiers), token);
    }

    private static String body(String venue, Instant startsAt, String moreTiers) {
        return "{\"venueId\":\"" + venue + "\",\"startsAt\":\"" + startsAt + "\",\"priceTiers\":[{\"name\":\"Category 1\","
                + "\"seatKinds\":[\"STANDARD\",\"WHEELCHAIR\"],\"price\":{\"amount\":4500,\"currency\":\"EUR\"}}"
                + moreTiers + "]}";
    }
}
