package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static app.marquee.bootstrap.system.Sales.EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

/** Organisers announce events and group them in tours; the public sees an event once it is on sale. */
class EventSystemTest {

    @Test
    void anOrganiserAnnouncesADraftThatOnlyTheyAndAdminsSeeUntilItGoesOnSale() {
        String organiser = Accounts.operator().accessToken();
        String rival = Accounts.operator().accessToken();
        String admin = Accounts.admin().accessToken();
        Api.Reply created = Api.post(EVENTS, "{\"title\":\"Northern Lights\",\"description\":\"A night of strings.\","
                + "\"category\":\"CONCERT\",\"performer\":\"Aurora Quartet\"}", organiser);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo(EVENTS + "/" + id);
        assertThat(created.json().get("status").asText()).isEqualTo("DRAFT");

        Catalog.problem(Api.get(EVENTS + "/" + id, null), 404, "EVENT_NOT_FOUND");
        Catalog.problem(Api.get(EVENTS + "/" + id, rival), 404, "EVENT_NOT_FOUND");
        Catalog.problem(Catalog.put(EVENTS + "/" + id, "{\"title\":\"Mine now\",\"category\":\"OTHER\"}", rival),
                404, "EVENT_NOT_FOUND");
        Catalog.problem(Api.post(EVENTS + "/" + id + "/open-sales", "", rival), 404, "EVENT_NOT_FOUND");
        assertThat(Api.get(EVENTS + "/" + id, admin).status()).isEqualTo(200);

        Api.Reply onSale = Api.post(EVENTS + "/" + id + "/open-sales", "", organiser);
        assertThat(onSale.status()).as(onSale.body()).isEqualTo(200);
        assertThat(onSale.header("ETag")).isEqualTo("\"1\"");
        JsonNode seen = Api.get(EVENTS + "/" + id, null).json();
        assertThat(seen.get("status").asText()).isEqualTo("ON_SALE");
        assertThat(seen.get("performer").asText()).isEqualTo("Aurora Quartet");
        assertThat(Api.get(EVENTS + "/" + id, Accounts.newUser().accessToken()).status()).isEqualTo(200);
        Catalog.problem(Catalog.put(EVENTS + "/" + id, "{\"title\":\"Mine now\",\"category\":\"OTHER\"}", rival),
                404, "EVENT_NOT_FOUND");
    }

    @Test
    void anEventIsRewrittenAtTheVersionItWasReadAndCancelledForGood() {
        String organiser = Accounts.operator().accessToken();
        String id = Sales.event(organiser, "Spring gala");

        Api.Reply renamed = Catalog.put(EVENTS + "/" + id, "{\"title\":\"Spring gala 2027\",\"category\":\"SCHOOL\"}",
                organiser, "If-Match", "\"0\"");
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.header("ETag")).isEqualTo("\"1\"");
        Catalog.problem(Catalog.put(EVENTS + "/" + id, "{\"title\":\"Stale\",\"category\":\"SCHOOL\"}", organiser,
                "If-Match", "\"0\""), 412, "VERSION_MISMATCH");
        String etag = Api.get(EVENTS + "/" + id, organiser).header("ETag");
        assertThat(etag).startsWith("\"1.");
        assertThat(Catalog.get(EVENTS + "/" + id, organiser, "If-None-Match", etag).status()).isEqualTo(304);
        Api.Reply byAdmin = Catalog.put(EVENTS + "/" + id, "{\"title\":\"Spring gala (moved)\",\"category\":\"SCHOOL\"}",
                Accounts.admin().accessToken());
        assertThat(byAdmin.status()).as("an admin may edit any event").isEqualTo(200);

        assertThat(Api.post(EVENTS + "/" + id + "/cancel", "", organiser).json().get("status").asText())
                .isEqualTo("CANCELLED");
        Catalog.problem(Catalog.put(EVENTS + "/" + id, "{\"title\":\"Back\",\"category\":\"SCHOOL\"}", organiser),
                409, "EVENT_CANCELLED");
        Catalog.problem(Api.post(EVENTS + "/" + id + "/open-sales", "", organiser), 409, "EVENT_CANCELLED");
    }

    @Test
    void aTourGroupsAnOrganisersEventsAndNobodyElseMayUseIt() {
        String organiser = Accounts.operator().accessToken();
        String rival = Accounts.operator().accessToken();
        Api.Reply tour = Api.post("/api/v1/tours", "{\"name\":\"Northern Lights Tour 2027\"}", organiser);
        assertThat(tour.status()).as(tour.body()).isEqualTo(201);
        String tourId = tour.json().get("id").asText();
        Api.Reply lyon = Api.post(EVENTS, "{\"title\":\"Northern Lights — Lyon\",\"category\":\"CONCERT\",\"tourId\":\""
                + tourId + "\"}", organiser);
        assertThat(lyon.status()).as(lyon.body()).isEqualTo(201);
        String paris = Sales.event(organiser, "Northern Lights — Paris");
        assertThat(Catalog.put(EVENTS + "/" + paris, "{\"title\":\"Northern Lights — Paris\",\"category\":\"CONCERT\","
                + "\"tourId\":\"" + tourId + "\"}", organiser).status()).isEqualTo(200);

        JsonNode read = Api.get("/api/v1/tours/" + tourId, organiser).json();
        assertThat(read.get("events")).extracting(event -> event.get("title").asText())
                .containsExactly("Northern Lights — Lyon", "Northern Lights — Paris");
        assertThat(Api.get("/api/v1/tours", organiser).json().get("items")).extracting(t -> t.get("id").asText())
                .contains(tourId);
        Catalog.problem(Api.get("/api/v1/tours/" + tourId, rival), 404, "TOUR_NOT_FOUND");
        assertThat(Api.get("/api/v1/tours", rival).json().get("items")).extracting(t -> t.get("id").asText())
                .doesNotContain(tourId);
        Catalog.problem(Api.post(EVENTS, "{\"title\":\"Gatecrash\",\"category\":\"CONCERT\",\"tourId\":\"" + tourId
                + "\"}", rival), 404, "TOUR_NOT_FOUND");
    }

    @Test
    void anOrganiserPagesThroughTheirToursByName() {
        String organiser = Accounts.operator().accessToken();
        for (String name : List.of("Zénith tour", "autumn tour", "Baltic tour")) {
            assertThat(Api.post("/api/v1/tours", "{\"name\":\"" + name + "\"}", organiser).status()).isEqualTo(201);
        }

        JsonNode first = Api.get("/api/v1/tours?limit=2", organiser).json();
        JsonNode second = Api.get("/api/v1/tours?limit=2&cursor=" + first.get("nextCursor").asText(), organiser).json();

        assertThat(first.get("items")).extracting(t -> t.get("name").asText()).containsExactly("autumn tour", "Baltic tour");
        assertThat(second.get("items")).extracting(t -> t.get("name").asText()).containsExactly("Zénith tour");
        assertThat(second.get("nextCursor").isNull()).isTrue();
        Catalog.problemOn(Api.get("/api/v1/tours?cursor=bm9wZQ", organiser), 400, "INVALID_CURSOR", "cursor");
        Catalog.problem(Api.get("/api/v1/tours?limit=0", organiser), 400, "VALIDATION_FAILED");
    }

    @Test
    void everyoneListsWhatTheyMaySeePageByPage() {
        String organiser = Accounts.operator().accessToken();
        String prefix = "~" + Catalog.word() + " ";
        String onSale = Sales.event(organiser, prefix + "b-side");
        Sales.event(organiser, prefix + "A-side draft");
        Api.post(EVENTS + "/" + onSale + "/open-sales", "", organiser);

        assertThat(titles(null, prefix)).containsExactly(prefix + "b-side");
        assertThat(titles(Accounts.operator().accessToken(), prefix)).containsExactly(prefix + "b-side");
        assertThat(titles(organiser, prefix)).containsExactly(prefix + "A-side draft", prefix + "b-side");
        Catalog.problem(Api.get(EVENTS + "?cursor=bm9wZQ", null), 400, "INVALID_CURSOR");
    }

    @Test
    void onlyOrganisersAnnounceAndBadInputNamesItsFieldInEnglishAndFrench() {
        String organiser = Accounts.operator().accessToken();
        Catalog.problem(Api.post(EVENTS, "{\"title\":\"Mine\",\"category\":\"CONCERT\"}", Accounts.newUser().accessToken()),
                403, "FORBIDDEN");
        Catalog.problem(Api.post(EVENTS, "{\"title\":\"Mine\",\"category\":\"CONCERT\"}", null), 401, "UNAUTHORIZED");
        Catalog.problemOn(Api.post(EVENTS, "{\"title\":\"" + "x".repeat(201) + "\",\"category\":\"CONCERT\"}",
                organiser), 400, "INVALID_VALUE", "title");
        Catalog.problemOn(Api.post(EVENTS, "{\"title\":\"Rave\",\"category\":\"RAVE\"}", organiser),
                400, "INVALID_VALUE", "category");
        String id = Sales.event(organiser, "Quiet night");
        JsonNode english = Catalog.problem(Api.get(EVENTS + "/" + id, null), 404, "EVENT_NOT_FOUND");
        JsonNode french = Catalog.problem(Catalog.get(EVENTS + "/" + id, null, "Accept-Language", "fr"), 404,
                "EVENT_NOT_FOUND");
        assertThat(english.get("title").asText()).isEqualTo("Event not found");
        assertThat(french.get("title").asText()).isNotEqualTo(english.get("title").asText());
    }

    private static List<String> titles(String token, String prefix) {
        List<String> titles = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = Api.get(EVENTS + "?limit=50" + (cursor == null ? "" : "&cursor=" + cursor), token).json();
            page.get("items").forEach(event -> titles.add(event.get("title").asText()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        return titles.stream().filter(title -> title.startsWith(prefix)).toList();
    }
}
