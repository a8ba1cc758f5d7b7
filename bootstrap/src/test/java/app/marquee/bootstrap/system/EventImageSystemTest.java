package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static app.marquee.bootstrap.system.Pictures.fetch;
import static app.marquee.bootstrap.system.Pictures.picture;
import static app.marquee.bootstrap.system.Sales.EVENTS;
import static org.assertj.core.api.Assertions.assertThat;

/** An organiser gives an event a poster and a backdrop; buyers fetch them once it is on sale, cached by digest. */
class EventImageSystemTest {

    @Test
    void anOrganiserUploadsAPosterThatOnlyTheySeeUntilTheEventGoesOnSale() throws Exception {
        String organiser = Accounts.operator().accessToken();
        String id = Sales.event(organiser, "Poster night " + Catalog.word());
        byte[] png = picture("png", 400, 600);

        Api.Reply uploaded = upload(id, "poster", png, organiser, "If-Match", "\"0\"");

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        assertThat(uploaded.header("ETag")).isEqualTo("\"1\"");
        JsonNode poster = uploaded.json().get("poster");
        assertThat(poster.get("width").asInt()).isEqualTo(400);
        assertThat(poster.get("height").asInt()).isEqualTo(600);
        assertThat(poster.get("url").asText()).startsWith(EVENTS + "/" + id + "/images/poster?v=");
        assertThat(uploaded.json().get("backdrop").isNull()).isTrue();
        Catalog.problem(Api.get(EVENTS + "/" + id + "/images/poster", null), 404, "EVENT_NOT_FOUND");
        HttpResponse<byte[]> mine = fetch(poster.get("url").asText(), organiser, null);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.headers().firstValue("Cache-Control")).hasValue("private, no-cache");

        assertThat(Api.post(EVENTS + "/" + id + "/open-sales", "", organiser).status()).isEqualTo(200);
        String etag = Pictures.servedToEveryone(fetch(EVENTS + "/" + id + "/images/poster", null, null), png, "image/png");
        assertThat(fetch(EVENTS + "/" + id + "/images/poster", null, etag).statusCode()).isEqualTo(304);
        assertThat(Api.get(EVENTS + "/" + id, null).json().get("poster")).isEqualTo(poster);
        Catalog.problem(Api.get(EVENTS + "/" + id + "/images/backdrop", null), 404, "IMAGE_NOT_FOUND");
        Catalog.problemOn(Api.get(EVENTS + "/not-an-id/images/poster", null), 400, "INVALID_VALUE", "id");
    }

    @Test
    void aBackdropIsReplacedAtTheVersionReadAndListsShowIt() {
        String organiser = Accounts.operator().accessToken();
        String title = "!" + Catalog.word() + " backdrop";
        String id = Sales.event(organiser, title);
        upload(id, "backdrop", picture("jpeg", 640, 360), organiser);

        Catalog.problem(upload(id, "backdrop", picture("jpeg", 1280, 720), organiser, "If-Match", "\"0\""), 412,
                "VERSION_MISMATCH");
        Api.Reply replaced = upload(id, "backdrop", picture("jpeg", 1280, 720), organiser, "If-Match", "\"1\"");

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("backdrop").get("width").asInt()).isEqualTo(1280);
        assertThat(replaced.json().get("backdrop").get("mediaType").asText()).isEqualTo("image/jpeg");
        JsonNode listed = Api.get(EVENTS + "?limit=100", organiser).json().get("items");
        assertThat(listed).filteredOn(event -> event.get("id").asText().equals(id))
                .extracting(event -> event.get("backdrop").get("width").asInt()).containsExactly(1280);
    }

    @Test
    void theContentIsJudgedAndAnotherOperatorIsToldTheEventDoesNotExistInEnglishAndFrench() {
        String organiser = Accounts.operator().accessToken();
        String id = Sales.event(organiser, "Judged " + Catalog.word());
        byte[] text = "I am not a picture, whatever my name says".getBytes(StandardCharsets.UTF_8);

        Catalog.problem(upload(id, "poster", text, organiser), 415, "IMAGE_FORMAT_UNSUPPORTED");
        Catalog.problem(upload(id, "poster", java.util.Arrays.copyOf(picture("png", 400, 600), 300), organiser), 422,
                "IMAGE_UNREADABLE");
        Catalog.problem(upload(id, "poster", picture("png", 640, 360), organiser), 422, "IMAGE_DIMENSIONS");
        Catalog.problem(upload(id, "cover", picture("png", 400, 600), organiser), 400, "INVALID_VALUE");
        Catalog.problem(upload(id, "poster", picture("png", 400, 600), Accounts.newUser().accessToken()), 403,
                "FORBIDDEN");
        String rival = Accounts.operator().accessToken();
        JsonNode english = Catalog.problem(upload(id, "poster", picture("png", 400, 600), rival), 404,
                "EVENT_NOT_FOUND");
        JsonNode french = Catalog.problem(upload(id, "poster", picture("png", 400, 600), rival, "Accept-Language", "fr"),
                404, "EVENT_NOT_FOUND");
        assertThat(french.get("title").asText()).isNotEqualTo(english.get("title").asText());
        JsonNode unsupported = Catalog.problem(upload(id, "poster", text, organiser, "Accept-Language", "fr"), 415,
                "IMAGE_FORMAT_UNSUPPORTED");
        assertThat(unsupported.get("title").asText()).isEqualTo("Format d'image non pris en charge");
        assertThat(Api.get(EVENTS + "/" + id, organiser).json().get("poster").isNull()).isTrue();
        assertThat(upload(id, "poster", picture("png", 400, 600), Accounts.admin().accessToken()).status())
                .as("an admin may picture any event").isEqualTo(200);
    }

    private static Api.Reply upload(String id, String slot, byte[] content, String token, String... headers) {
        return Pictures.upload(EVENTS + "/" + id + "/images/" + slot, "picture.bin", "application/octet-stream",
                content, token, headers);
    }
}
