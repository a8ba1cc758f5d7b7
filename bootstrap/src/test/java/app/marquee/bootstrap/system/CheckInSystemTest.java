package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** At the door: a ticket gets its holder in once; forged, misplaced or someone else's tickets are turned away. */
class CheckInSystemTest {
    static final String CHECKIN = "/api/v1/checkin";

    @Test
    void aBuyersTicketLetsThemInOnceAndTheSecondScanSaysWhenTheyCameIn() {
        String organiser = Accounts.operator().accessToken();
        Shop shop = new Shop(Sales.showOnSale(organiser, Sales.hall(organiser)));
        Accounts.Session ann = Accounts.newUser("Ann Door");
        String code = ticketCodes(shop, ann.accessToken(), "Stalls B-3").get(0).asText();

        JsonNode first = scan(organiser, shop.id(), code, null);
        assertThat(first.get("result").asText()).isEqualTo("VALID");
        assertThat(first.get("ticket").get("seatLabel").asText()).isEqualTo("Stalls B-3");
        assertThat(first.get("ticket").get("tierName").asText()).isEqualTo("Category 1");
        assertThat(first.get("ticket").get("holderName").asText()).isEqualTo("Ann Door");
        assertThat(first.toString()).doesNotContain(ann.email());
        String firstTime = first.get("firstCheckedInAt").asText();

        JsonNode second = scan(organiser, shop.id(), code, null);
        assertThat(second.get("result").asText()).isEqualTo("ALREADY_USED");
        assertThat(second.get("firstCheckedInAt").asText()).isEqualTo(firstTime);
        assertThat(Database.count("SELECT count(*) FROM tickets WHERE checked_in_at IS NOT NULL AND show_id = '"
                + shop.id() + "'")).isEqualTo(1);
    }

    @Test
    void forgedMisplacedAndOtherPeoplesTicketsAreTurnedAwayWithoutBeingUsed() {
        String organiser = Accounts.operator().accessToken();
        Shop shop = new Shop(Sales.showOnSale(organiser, Sales.hall(organiser)));
        Shop elsewhere = new Shop(Sales.showOnSale(organiser, Sales.hall(organiser)));
        Accounts.Session ann = Accounts.newUser();
        Accounts.Session bob = Accounts.newUser();
        String code = ticketCodes(shop, ann.accessToken(), "Stalls C-4").get(0).asText();
        String tampered = code.replaceFirst("\\.[^.]+$", ".AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(result(scan(organiser, shop.id(), tampered, null))).isEqualTo("FORGED");
        JsonNode forged = scan(organiser, shop.id(), tampered, null);
        assertThat(forged.path("ticket").isMissingNode() || forged.path("ticket").isNull()).isTrue();
        assertThat(result(scan(organiser, shop.id(), "not a code", null))).isEqualTo("FORGED");
        assertThat(result(scan(organiser, elsewhere.id(), code, null))).isEqualTo("WRONG_SHOW");
        assertThat(result(scan(organiser, shop.id(), code, "{\"email\":\"" + bob.email() + "\"}")))
                .isEqualTo("WRONG_HOLDER");
        assertThat(result(scan(organiser, shop.id(), code, "{\"email\":\"nobody-" + UUID.randomUUID()
                + "@example.org\"}"))).isEqualTo("WRONG_HOLDER");
        assertThat(Database.count("SELECT count(*) FROM tickets WHERE checked_in_at IS NOT NULL AND show_id = '"
                + shop.id() + "'")).as("no refusal used the ticket").isZero();

        JsonNode own = scan(organiser, shop.id(), code, "{\"email\":\"" + ann.email().toUpperCase() + "\"}");
        assertThat(result(own)).isEqualTo("VALID");
    }

    @Test
    void onlyTheShowsOrganiserOrAnAdminMayScanItsTicketsInEnglishAndFrench() {
        String organiser = Accounts.operator().accessToken();
        Shop shop = new Shop(Sales.showOnSale(organiser, Sales.hall(organiser)));
        String ann = Accounts.newUser().accessToken();
        String code = ticketCodes(shop, ann, "Stalls D-7").get(0).asText();
        String body = "{\"showId\":\"" + shop.id() + "\",\"code\":\"" + code + "\"}";

        Catalog.problem(Api.post(CHECKIN, body, Accounts.operator().accessToken()), 404, "SHOW_NOT_FOUND");
        JsonNode french = Catalog.problem(Catalog.post(CHECKIN, body, Accounts.operator().accessToken(),
                "Accept-Language", "fr"), 404, "SHOW_NOT_FOUND");
        assertThat(french.get("title").asText()).isEqualTo("Représentation introuvable");
        Catalog.problem(Api.post(CHECKIN, "{\"showId\":\"" + UUID.randomUUID() + "\",\"code\":\"" + code + "\"}",
                organiser), 404, "SHOW_NOT_FOUND");
        assertThat(Api.post(CHECKIN, body, ann).status()).isEqualTo(403);
        assertThat(Api.post(CHECKIN, body, null).status()).isEqualTo(401);
        Catalog.problem(Api.post(CHECKIN, "{\"showId\":\"" + shop.id() + "\",\"code\":\"" + code
                + "\",\"holder\":{\"accountId\":\"" + UUID.randomUUID() + "\",\"email\":\"a@example.org\"}}",
                organiser), 400, "INVALID_VALUE");
        assertThat(Database.count("SELECT count(*) FROM tickets WHERE checked_in_at IS NOT NULL AND show_id = '"
                + shop.id() + "'")).isZero();

        assertThat(result(scan(Accounts.admin().accessToken(), shop.id(), code, null))).isEqualTo("VALID");
    }

    /** The buyer holds these seats, pays with 4242, and gets their tickets' codes. */
    static JsonNode ticketCodes(Shop shop, String buyer, String... seats) {
        JsonNode order = OrderSystemTest.placed(buyer, shop.holdSeats(buyer, seats));
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                java.util.stream.StreamSupport.stream(order.get("tickets").spliterator(), false)
                        .map(t -> t.get("code").asText()).toList());
    }

    static JsonNode scan(String staff, String show, String code, String holder) {
        Api.Reply reply = Api.post(CHECKIN, "{\"showId\":\"" + show + "\",\"code\":\"" + code + "\""
                + (holder == null ? "" : ",\"holder\":" + holder) + "}", staff);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static String result(JsonNode verdict) {
        return verdict.get("result").asText();
    }
}
