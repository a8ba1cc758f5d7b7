package app.marquee.bootstrap.system;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static app.marquee.bootstrap.system.Catalog.TITLES;
import static org.assertj.core.api.Assertions.assertThat;

/** An admin gives films a poster and a backdrop; viewers fetch them, checked by content and cached. */
class CatalogImageSystemTest {
    private static String admin;

    @BeforeAll
    static void signIn() {
        admin = Accounts.admin().accessToken();
    }

    @Test
    void anAdminUploadsAPngPosterThatAnyoneFetchesAndCaches() throws Exception {
        String id = Catalog.published(admin, Catalog.film("Poster " + Catalog.word(), 2001));
        byte[] png = picture("png", 400, 600);

        Api.Reply uploaded = upload(id, "poster", "poster.png", "image/png", png, admin);

        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        JsonNode poster = uploaded.json().get("poster");
        assertThat(poster.get("width").asInt()).isEqualTo(400);
        assertThat(poster.get("height").asInt()).isEqualTo(600);
        assertThat(poster.get("mediaType").asText()).isEqualTo("image/png");
        assertThat(poster.get("url").asText()).startsWith(TITLES + "/" + id + "/images/poster?v=");
        assertThat(uploaded.json().get("backdrop").isNull()).isTrue();
        assertThat(uploaded.header("ETag")).isEqualTo("\"" + uploaded.json().get("version").asLong() + "\"");

        String etag = Pictures.servedToEveryone(fetch(poster.get("url").asText(), null, null), png, "image/png");

        HttpResponse<byte[]> again = fetch(TITLES + "/" + id + "/images/poster", null, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(Api.get(TITLES + "/" + id, null).json().get("poster")).isEqualTo(poster);
    }

    @Test
    void aJpegBackdropReplacesTheOneBeforeWithIfMatch() throws Exception {
        String id = Catalog.published(admin, Catalog.film("Backdrop " + Catalog.word(), 2001));
        long version = Api.get(TITLES + "/" + id, admin).json().get("version").asLong();
        upload(id, "backdrop", "first.jpg", "image/jpeg", picture("jpeg", 640, 360), admin);
        byte[] jpeg = picture("jpeg", 1280, 720);

        Catalog.problem(upload(id, "backdrop", "stale.jpg", "image/jpeg", jpeg, admin, "If-Match",
                "\"" + version + "\""), 412, "VERSION_MISMATCH");
        Api.Reply replaced = upload(id, "backdrop", "second.jpg", "image/jpeg", jpeg, admin, "If-Match",
                "\"" + (version + 1) + "\"");

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        assertThat(replaced.json().get("backdrop").get("width").asInt()).isEqualTo(1280);
        assertThat(replaced.json().get("backdrop").get("mediaType").asText()).isEqualTo("image/jpeg");
        HttpResponse<byte[]> fetched = fetch(TITLES + "/" + id + "/images/backdrop", null, null);
        assertThat(fetched.body()).isEqualTo(jpeg);
        assertThat(fetched.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    }

    @Test
    void theContentDecidesNotTheFileName() {
        String id = Catalog.draft(admin, Catalog.film("Fake " + Catalog.word(), 2001));
        byte[] text = "I am not a picture, whatever my name says".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = Arrays.copyOf(picture("png", 400, 600), 300);

        Catalog.problem(upload(id, "poster", "poster.png", "image/png", text, admin), 415,
                "IMAGE_FORMAT_UNSUPPORTED");
        Catalog.problem(upload(id, "poster", "poster.png", "image/png", truncated, admin), 422, "IMAGE_UNREADABLE");
        Catalog.problem(upload(id, "poster", "tiny.png", "image/png", picture("png", 20, 30), admin), 422,
                "IMAGE_DIMENSIONS");
        Catalog.problem(upload(id, "poster", "wide.png", "image/png", picture("png", 640, 360), admin), 422,
                "IMAGE_DIMENSIONS");
        Catalog.problem(upload(id, "cover", "poster.png", "image/png", picture("png", 400, 600), admin), 400,
                "INVALID_VALUE");
        assertThat(Api.get(TITLES + "/" + id, admin).json().get("poster").isNull()).isTrue();
    }

    @Test
    void aFileOverFiveMebibytesIsTooLarge() {
        String id = Catalog.draft(admin, Catalog.film("Huge " + Catalog.word(), 2001));
        byte[] huge = Arrays.copyOf(picture("png", 400, 600), 5 * 1024 * 1024 + 1024);

        Api.Reply refused = upload(id, "poster", "huge.png", "image/png", huge, admin);

        assertThat(refused.status()).as(refused.body()).isEqualTo(413);
        assertThat(refused.json().get("code").asText()).isIn("IMAGE_TOO_LARGE", "PAYLOAD_TOO_LARGE");
    }

    @Test
    void onlyAdminsUploadAndDraftsPicturesStayHidden() throws Exception {
        String id = Catalog.draft(admin, Catalog.film("Hidden " + Catalog.word(), 2001));
        byte[] png = picture("png", 400, 600);
        String user = Accounts.newUser().accessToken();

        Catalog.problem(upload(id, "poster", "poster.png", "image/png", png, user), 403, "FORBIDDEN");
        Catalog.problem(upload(id, "poster", "poster.png", "image/png", png, null), 401, "UNAUTHORIZED");
        assertThat(upload(id, "poster", "poster.png", "image/png", png, admin).status()).isEqualTo(200);

        Catalog.problem(Api.get(TITLES + "/" + id + "/images/poster", user), 404, "TITLE_NOT_FOUND");
        Catalog.problem(Api.get(TITLES + "/" + id + "/images/poster", null), 404, "TITLE_NOT_FOUND");
        Catalog.problem(Api.get(TITLES + "/" + id + "/images/backdrop", admin), 404, "IMAGE_NOT_FOUND");
        HttpResponse<byte[]> asAdmin = fetch(TITLES + "/" + id + "/images/poster", admin, null);
        assertThat(asAdmin.statusCode()).isEqualTo(200);
        assertThat(asAdmin.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
    }

    /** Judged from Content-Length, before any of the body is read (see {@link Api#headersOnly}). */
    @Test
    void jsonBodiesStayUnderOneMebibyte() {
        String answer = Api.headersOnly("POST", TITLES, admin, "application/json", 1_100_000, "PAYLOAD_TOO_LARGE");

        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    private static Api.Reply upload(String id, String slot, String fileName, String contentType, byte[] content,
                                    String token, String... headers) {
        return Pictures.upload(TITLES + "/" + id + "/images/" + slot, fileName, contentType, content, token, headers);
    }

    private static HttpResponse<byte[]> fetch(String path, String token, String ifNoneMatch) throws Exception {
        return Pictures.fetch(path, token, ifNoneMatch);
    }

    private static byte[] picture(String format, int width, int height) {
        return Pictures.picture(format, width, height);
    }
}
