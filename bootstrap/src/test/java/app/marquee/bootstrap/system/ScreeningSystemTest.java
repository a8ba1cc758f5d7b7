package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The box office schedules films in its rooms back to back, never overlapping, and lists the day's screenings. */
class ScreeningSystemTest {
    private static final String SCREENINGS = "/api/v1/screenings";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void aCinemaSchedulesAFilmBackToBackButNeverOverlappingAndListsTheDay() {
        String operator = Accounts.operator().accessToken();
        String admin = Accounts.admin().accessToken();
        String film = Catalog.published(admin, Catalog.film("Le Voyage " + Catalog.word(), 2024));
        String room = cinemaRoom(operator);
        LocalDate day = LocalDate.now(PARIS).plusDays(10);
        Instant evening = ZonedDateTime.of(day.atTime(20, 0), PARIS).toInstant();

        Api.Reply first = Api.post(SCREENINGS, body(film, room, evening), operator);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        JsonNode screening = first.json();
        assertThat(Instant.parse(screening.get("endsAt").asText()))
                .as("15 minutes of trailers, the film's 110, 15 of cleaning").isEqualTo(evening.plus(Duration.ofMinutes(140)));
        assertThat(screening.get("status").asText()).isEqualTo("ON_SALE");
        assertThat(screening.get("format").asText()).isEqualTo("2D");
        assertThat(screening.get("priceTiers").get(1).get("conditions").asText()).isEqualTo("With a student card");

        JsonNode overlap = Catalog.problem(Api.post(SCREENINGS, body(film, room, evening.plus(Duration.ofHours(2))),
                operator), 409, "SCREENING_OVERLAP");
        assertThat(overlap.get("subjects").get(0).asText()).isEqualTo(screening.get("id").asText());
        JsonNode french = Catalog.problem(Catalog.post(SCREENINGS, body(film, room, evening.minus(Duration.ofHours(1))),
                operator, "Accept-Language", "fr"), 409, "SCREENING_OVERLAP");
        assertThat(french.get("title").asText()).isNotEqualTo(overlap.get("title").asText());
        Api.Reply next = Api.post(SCREENINGS, body(film, room, evening.plus(Duration.ofMinutes(140))), operator);
        assertThat(next.status()).as("back to back is fine: " + next.body()).isEqualTo(201);

        JsonNode listed = Api.get(SCREENINGS + "?date=" + day + "&venueId=" + room, null).json().get("items");
        assertThat(listed).extracting(item -> item.get("id").asText())
                .containsExactly(screening.get("id").asText(), next.json().get("id").asText());
        JsonNode firstPage = Api.get(SCREENINGS + "?date=" + day + "&venueId=" + room + "&limit=1", null).json();
        assertThat(firstPage.get("items")).extracting(item -> item.get("id").asText())
                .containsExactly(screening.get("id").asText());
        JsonNode secondPage = Api.get(SCREENINGS + "?date=" + day + "&venueId=" + room + "&limit=1&cursor="
                + firstPage.get("nextCursor").asText(), null).json();
        assertThat(secondPage.get("items")).extracting(item -> item.get("id").asText())
                .containsExactly(next.json().get("id").asText());
        assertThat(secondPage.get("nextCursor").isNull()).isTrue();
        Catalog.problemOn(Api.get(SCREENINGS + "?cursor=bm90LWEtY3Vyc29y", null), 400, "INVALID_CURSOR", "cursor");
        String farFuture = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(("v1:" + screening.get("id")
                .asText() + ":+300000-01-01T00:00:00Z").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Catalog.problemOn(Api.get(SCREENINGS + "?cursor=" + farFuture, null), 400, "INVALID_CURSOR", "cursor");
        assertThat(listed.get(0).get("remainingSeats").asInt()).as("the room's capacity, nothing sold yet").isEqualTo(60);
        Api.Reply held = Api.post("/api/v1/shows/" + next.json().get("id").asText() + "/holds", "{\"bestAvailable\":"
                + "{\"tierId\":\"" + next.json().get("priceTiers").get(0).get("id").asText() + "\",\"quantity\":3}}",
                Accounts.newUser().accessToken());
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(Api.get(SCREENINGS + "?date=" + day + "&venueId=" + room, null).json().get("items").get(1)
                .get("remainingSeats")
                .asInt()).as("three seats held").isEqualTo(57);
        assertThat(Api.get(SCREENINGS + "?date=" + day.plusDays(1) + "&venueId=" + room, null).json().get("items"))
                .isEmpty();
        assertThat(Api.get("/api/v1/shows/" + screening.get("id").asText(), null).status()).isEqualTo(200);

        Api.Reply cancelled = Api.post("/api/v1/shows/" + screening.get("id").asText() + "/cancel", "",
                Accounts.operator().accessToken());
        assertThat(cancelled.status()).as("the box office, any operator: " + cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
        Api.Reply inItsSlot = Api.post(SCREENINGS, body(film, room, evening), operator);
        assertThat(inItsSlot.status()).as("a cancelled screening frees its room: " + inItsSlot.body()).isEqualTo(201);
        Catalog.problem(Api.post("/api/v1/shows/" + screening.get("id").asText() + "/cancel", "",
                Accounts.newUser().accessToken()), 403, "FORBIDDEN");

        Api.Reply removed = Catalog.delete(Catalog.TITLES + "/" + film, admin);
        assertThat(removed.status()).as("a film with screenings is archived, not deleted").isEqualTo(200);
        assertThat(removed.json().get("outcome").asText()).isEqualTo("ARCHIVED");
    }

    @Test
    void onlyAPublishedFilmInACinemaRoomCanBeScheduled() {
        String operator = Accounts.operator().accessToken();
        String admin = Accounts.admin().accessToken();
        String draft = Catalog.draft(admin, Catalog.film("Unfinished " + Catalog.word(), 2025));
        String film = Catalog.published(admin, Catalog.film("Fini " + Catalog.word(), 2025));
        String room = cinemaRoom(operator);
        Instant later = Instant.now().plus(Duration.ofDays(3));

        Catalog.problem(Api.post(SCREENINGS, body(draft, room, later), operator), 404, "TITLE_NOT_FOUND");
        Catalog.problem(Api.post(SCREENINGS, body(film, Sales.hall(operator), later), operator), 422,
                "VENUE_NOT_A_CINEMA_ROOM");
        Catalog.problemOn(Api.post(SCREENINGS, body(film, room, Instant.now().minus(Duration.ofHours(1))), operator),
                422, "SHOW_TIMES_INVALID", "startsAt");
        Catalog.problem(Api.post(SCREENINGS, body(film, room, later).replace("\"2D\"", "\"4D\""), operator), 400,
                "VALIDATION_FAILED");
        Catalog.problem(Api.post(SCREENINGS, body(film, room, later), Accounts.newUser().accessToken()), 403,
                "FORBIDDEN");
        assertThat(Api.get(SCREENINGS + "?venueId=" + room, null).json().get("items")).isEmpty();
    }

    @Test
    void aThreeDScreeningNeedsARoomWithThreeDWhichTheRoomThenKeeps() {
        String operator = Accounts.operator().accessToken();
        String film = Catalog.published(Accounts.admin().accessToken(), Catalog.film("Relief " + Catalog.word(), 2025));
        String room = cinemaRoom(operator);
        String threeD = body(film, room, Instant.now().plus(Duration.ofDays(4))).replace("\"2D\"", "\"3D\"");

        Catalog.problem(Api.post(SCREENINGS, threeD, operator), 422, "ROOM_NOT_EQUIPPED_FOR_3D");
        assertThat(Catalog.problem(Catalog.post(SCREENINGS, threeD, operator, "Accept-Language", "fr"), 422,
                "ROOM_NOT_EQUIPPED_FOR_3D").get("title").asText()).isEqualTo("Salle non équipée pour la 3D");
        assertThat(Catalog.patch("/api/v1/venues/" + room, "{\"equipment\":[\"THREE_D\"]}", operator).status())
                .isEqualTo(200);
        assertThat(Api.post(SCREENINGS, threeD, operator).status()).isEqualTo(201);

        Catalog.problem(Catalog.patch("/api/v1/venues/" + room, "{\"equipment\":[]}", operator), 409,
                "VENUE_HAS_SCREENINGS");
        Catalog.problem(Catalog.patch("/api/v1/venues/" + room, "{\"kind\":\"HALL\"}", operator), 409,
                "VENUE_HAS_SCREENINGS");
        JsonNode kept = Api.get("/api/v1/venues/" + room, operator).json();
        assertThat(kept.get("kind").asText()).isEqualTo("CINEMA_ROOM");
        assertThat(kept.get("equipment").toString()).contains("THREE_D");
        assertThat(Catalog.patch("/api/v1/venues/" + room, "{\"equipment\":[\"THREE_D\",\"DOLBY_ATMOS\"]}",
                operator).status()).isEqualTo(200);
    }

    @Test
    void aScreeningWhoseSeatsAreAllHeldIsSoldOutUntilTheyComeBack() {
        String operator = Accounts.operator().accessToken();
        String film = Catalog.published(Accounts.admin().accessToken(), Catalog.film("Huis clos " + Catalog.word(), 2023));
        String room = cinemaRoom(operator, "A", "1-2");
        LocalDate day = LocalDate.now(PARIS).plusDays(12);
        JsonNode screening = Api.post(SCREENINGS, body(film, room, ZonedDateTime.of(day.atTime(18, 0), PARIS)
                .toInstant()), operator).json();
        String show = "/api/v1/shows/" + screening.get("id").asText();
        String full = screening.get("priceTiers").get(0).get("id").asText();
        assertThat(Api.get(show, null).json().get("remainingPlaces").asInt()).isEqualTo(2);

        Api.Reply held = Api.post(show + "/holds", "{\"bestAvailable\":{\"tierId\":\"" + full + "\",\"quantity\":2}}",
                Accounts.newUser().accessToken());
        assertThat(held.status()).as(held.body()).isEqualTo(201);

        JsonNode read = Api.get(show, null).json();
        assertThat(read.get("status").asText()).isEqualTo("SOLD_OUT");
        assertThat(read.get("remainingPlaces").asInt()).isZero();
        JsonNode listed = Api.get(SCREENINGS + "?date=" + day + "&venueId=" + room, null).json().get("items").get(0);
        assertThat(listed.get("remainingSeats").asInt()).isZero();
        assertThat(listed.get("status").asText()).isEqualTo("SOLD_OUT");
    }

    private static String cinemaRoom(String operator) {
        return cinemaRoom(operator, "A-F", "1-10");
    }

    private static String cinemaRoom(String operator, String rows, String seats) {
        Api.Reply created = Api.post("/api/v1/venues", "{\"name\":\"Salle " + Catalog.word() + "\",\"address\":{\"lines\":"
                + "[\"12 rue des Écoles\"],\"city\":\"Paris\",\"postalCode\":\"75005\",\"country\":\"FR\"},"
                + "\"timeZone\":\"Europe/Paris\",\"kind\":\"CINEMA_ROOM\"}", operator);
        String id = created.json().get("id").asText();
        assertThat(Catalog.put("/api/v1/venues/" + id + "/seat-map",
                "{\"sections\":[{\"name\":\"Salle\",\"rows\":\"" + rows + "\",\"seats\":\"" + seats + "\"}]}", operator)
                .status())
                .isEqualTo(200);
        return id;
    }

    private static String body(String film, String room, Instant startsAt) {
        return "{\"titleId\":\"" + film + "\",\"venueId\":\"" + room + "\",\"startsAt\":\"" + startsAt + "\","
                + "\"version\":\"VF\",\"format\":\"2D\",\"priceTiers\":["
                + "{\"tier\":\"FULL\",\"price\":{\"amount\":1150,\"currency\":\"EUR\"}},"
                + "{\"tier\":\"STUDENT\",\"price\":{\"amount\":850,\"currency\":\"EUR\"},\"conditions\":\"With a student card\"}]}";
    }
}
