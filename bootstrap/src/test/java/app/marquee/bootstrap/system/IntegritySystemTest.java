package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static app.marquee.bootstrap.system.Sales.EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

/** An administrator reads a show's books: what it can sell, what it sold, and whether it all agrees. */
class IntegritySystemTest {
    private static final Instant IN_A_MONTH = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);

    @Test
    void aShowNothingWasSoldForHasItsWholeCapacityAndBooksThatReconcile() {
        String organiser = Accounts.operator().accessToken();
        String show = show(organiser);

        Api.Reply reply = Api.get("/api/v1/admin/shows/" + show + "/integrity", Accounts.admin().accessToken());

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode report = reply.json();
        assertThat(report.get("showId").asText()).isEqualTo(show);
        assertThat(report.get("reconciles").asBoolean()).isTrue();
        assertThat(report.get("places").get("capacity").asInt()).as("50 seats and a pit of 200").isEqualTo(250);
        assertThat(report.get("places").get("remaining").asInt()).isEqualTo(250);
        assertThat(report.get("tickets").get("issued").asInt()).isZero();
        assertThat(report.get("money").get("captured").get("currency").asText()).isEqualTo("EUR");
        assertThat(report.get("checks")).hasSize(8).allSatisfy(check -> assertThat(check.get("holds").asBoolean())
                .isTrue());
        assertThat(report.get("checks").get(0).get("name").asText()).isEqualTo("NOT_OVERSOLD");
    }

    @Test
    void onlyAnAdministratorReadsItAndAnUnknownShowIsNotFound() {
        String organiser = Accounts.operator().accessToken();
        String show = show(organiser);

        assertThat(Api.get("/api/v1/admin/shows/" + show + "/integrity", organiser).status()).isEqualTo(403);
        assertThat(Api.get("/api/v1/admin/shows/" + show + "/integrity", null).status()).isEqualTo(401);
        Catalog.problem(Api.get("/api/v1/admin/shows/" + UUID.randomUUID() + "/integrity",
                Accounts.admin().accessToken()), 404, "SHOW_NOT_FOUND");
    }

    private static String show(String organiser) {
        String hall = Sales.hall(organiser);
        String event = Sales.event(organiser, "Ledger night");
        Api.Reply show = Api.post(EVENTS + "/" + event + "/shows", "{\"venueId\":\"" + hall + "\",\"startsAt\":\""
                + IN_A_MONTH + "\",\"priceTiers\":[{\"name\":\"Category 1\",\"seatKinds\":[\"STANDARD\"],"
                + "\"price\":{\"amount\":4500,\"currency\":\"EUR\"}}]}", organiser);
        assertThat(show.status()).as(show.body()).isEqualTo(201);
        return show.json().get("id").asText();
    }
}
