package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static app.marquee.bootstrap.system.Sales.EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariant proven over real HTTP on PostgreSQL: 200 buyers at once race for a seated show of
 * 50 seats (four buyers after each seat) and a standing show of 100 places (one each): exactly 50
 * and 100 tickets, no seat sold twice, every loser a clean 409 with its code, no 5xx, and books that
 * reconcile. Then the same race with the buyers spread over two application instances on the one
 * database, where only PostgreSQL can keep them apart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaleRaceSystemTest {
    private static final int BUYERS = 200;
    private static final Instant IN_A_MONTH = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS);
    private final List<String> buyers = new ArrayList<>();
    private String organiser;

    @BeforeAll
    void twoHundredBuyersSignUp() throws Exception {
        organiser = Accounts.operator().accessToken();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                tokens.add(threads.submit(() -> Accounts.newUser().accessToken()));
            }
            for (Future<String> token : tokens) {
                buyers.add(token.get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void twoHundredBuyersForFiftySeatsAndAHundredStandingPlacesOnOneInstance() throws Exception {
        race(List.of(MarqueeServer.uri()));
    }

    @Test
    void theSameRaceAcrossTwoInstancesOnOneDatabase() throws Exception {
        race(List.of(MarqueeServer.uri(), MarqueeServer.secondUri()));
    }

    private void race(List<URI> instances) throws Exception {
        Stage seated = stage("{\"sections\":[{\"name\":\"Stalls\",\"rows\":\"A-E\",\"seats\":\"1-10\"}]}",
                "\"seatKinds\":[\"STANDARD\"]");
        Stage standing = stage("{\"areas\":[{\"name\":\"Floor\",\"capacity\":100}]}", null);
        List<String> seats = new ArrayList<>();
        Api.get("/api/v1/shows/" + seated.show + "/availability", null).json().get("seats")
                .forEach(seat -> seats.add(seat.get("id").asText()));
        assertThat(seats).hasSize(50);
        String floor = Api.get("/api/v1/shows/" + standing.show + "/availability", null).json().get("areas").get(0)
                .get("id").asText();
        Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
        List<JsonNode> orders = java.util.Collections.synchronizedList(new ArrayList<>());

        ExecutorService threads = Executors.newFixedThreadPool(BUYERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < BUYERS; i++) {
                int buyer = i;
                URI instance = instances.get(i % instances.size());
                done.add(threads.submit(() -> {
                    buy(instance, buyers.get(buyer), seated, "{\"seatId\":\"" + seats.get(buyer % 50) + "\"",
                            "seated", answers, orders);
                    buy(instance, buyers.get(buyer), standing, "{\"areaId\":\"" + floor + "\",\"quantity\":1",
                            "standing", answers, orders);
                }));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(counts(answers)).as("every answer, by show, step and status/code").containsOnlyKeys(
                "seated hold 201", "seated order 201", "seated hold 409 SEATS_UNAVAILABLE",
                "standing hold 201", "standing order 201", "standing hold 409 AREA_SOLD_OUT");
        assertThat(answers.get("seated order 201")).hasValue(50);
        assertThat(answers.get("seated hold 409 SEATS_UNAVAILABLE")).hasValue(150);
        assertThat(answers.get("standing order 201")).hasValue(100);
        assertThat(answers.get("standing hold 409 AREA_SOLD_OUT")).hasValue(100);
        List<String> seatsSold = orders.stream().flatMap(order -> elements(order.get("tickets")))
                .filter(ticket -> !ticket.get("seatId").isNull()).map(ticket -> ticket.get("seatId").asText()).toList();
        assertThat(seatsSold).hasSize(50).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(seats);
        assertThat(Set.copyOf(orders.stream().flatMap(order -> elements(order.get("tickets")))
                .map(ticket -> ticket.get("id").asText()).toList())).hasSize(150);
        booksOf(seated.show, 50);
        booksOf(standing.show, 100);
        Api.get("/api/v1/shows/" + seated.show + "/availability", null).json().get("seats")
                .forEach(seat -> assertThat(seat.get("state").asText()).isEqualTo("SOLD"));
    }

    private static void buy(URI instance, String buyer, Stage stage, String item, String show,
                            Map<String, AtomicInteger> answers, List<JsonNode> orders) {
        Api.Reply held = send(instance, "/api/v1/shows/" + stage.show + "/holds", "{\"items\":[" + item
                + ",\"tierId\":\"" + stage.tier + "\"}]}", buyer, Map.of());
        count(answers, show + " hold", held);
        if (held.status() != 201) {
            return;
        }
        Api.Reply paid = send(instance, "/api/v1/orders", OrderSystemTest.body(held.json().get("id").asText(),
                "4242424242424242"), buyer, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        count(answers, show + " order", paid);
        if (paid.status() == 201) {
            orders.add(paid.json());
        }
    }

    private static void count(Map<String, AtomicInteger> answers, String step, Api.Reply reply) {
        String key = step + " " + reply.status();
        if (reply.status() >= 400) {
            assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
            key += " " + reply.json().get("code").asText();
        }
        answers.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private static Map<String, Integer> counts(Map<String, AtomicInteger> answers) {
        Map<String, Integer> plain = new java.util.TreeMap<>();
        answers.forEach((key, value) -> plain.put(key, value.get()));
        return plain;
    }

    private static java.util.stream.Stream<JsonNode> elements(JsonNode array) {
        return IntStream.range(0, array.size()).mapToObj(array::get);
    }

    private static void booksOf(String show, int sold) {
        JsonNode report = Api.get("/api/v1/admin/shows/" + show + "/integrity", Accounts.admin().accessToken()).json();
        assertThat(report.get("places").get("sold").asInt()).isEqualTo(sold);
        assertThat(report.get("places").get("remaining").asInt()).isZero();
        assertThat(report.get("reconciles").asBoolean()).as(report.toString()).isTrue();
    }

    private static Api.Reply send(URI instance, String path, String json, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return Api.send(request);
    }

    private record Stage(String show, String tier) {
    }

    /** A hall with this map, an event on sale, and one show on sale priced by one tier (seats or the area). */
    private Stage stage(String seatMap, String seatTier) {
        Api.Reply venue = Api.post("/api/v1/venues", "{\"name\":\"Arena " + Catalog.word() + "\",\"address\":{\"lines\":"
                + "[\"1 quai\"],\"city\":\"Lyon\",\"postalCode\":\"69002\",\"country\":\"FR\"},"
                + "\"timeZone\":\"Europe/Paris\",\"kind\":\"HALL\"}", organiser);
        assertThat(venue.status()).as(venue.body()).isEqualTo(201);
        String hall = venue.json().get("id").asText();
        Api.Reply drawn = Catalog.put("/api/v1/venues/" + hall + "/seat-map", seatMap, organiser);
        assertThat(drawn.status()).as(drawn.body()).isEqualTo(200);
        String applies = seatTier != null ? seatTier
                : "\"areaIds\":[\"" + drawn.json().get("seatMap").get("areas").get(0).get("id").asText() + "\"]";
        String event = Sales.event(organiser, "Race " + Catalog.word());
        assertThat(Api.post(EVENTS + "/" + event + "/open-sales", "", organiser).status()).isEqualTo(200);
        Api.Reply show = Api.post(EVENTS + "/" + event + "/shows", "{\"venueId\":\"" + hall + "\",\"startsAt\":\""
                + IN_A_MONTH + "\",\"priceTiers\":[{\"name\":\"Only\"," + applies
                + ",\"price\":{\"amount\":3000,\"currency\":\"EUR\"}}]}", organiser);
        assertThat(show.status()).as(show.body()).isEqualTo(201);
        String id = show.json().get("id").asText();
        assertThat(Api.post("/api/v1/shows/" + id + "/open-sales", "", organiser).status()).isEqualTo(200);
        return new Stage(id, show.json().get("priceTiers").get(0).get("id").asText());
    }
}
