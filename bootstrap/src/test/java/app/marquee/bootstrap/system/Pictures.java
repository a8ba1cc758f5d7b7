package app.marquee.bootstrap.system;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Pictures over HTTP, for titles and events alike: drawing one, uploading it as multipart, fetching its bytes. */
final class Pictures {
    private Pictures() {
    }

    /** A real picture of this size in this ImageIO format ("png", "jpeg"). */
    static byte[] picture(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(120, 30, 60));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.YELLOW);
        g.drawString("Marquee", 10, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** POSTs {@code content} as the file part of a multipart form, with these extra header pairs. */
    static Api.Reply upload(String path, String fileName, String contentType, byte[] content, String token,
                            String... headers) {
        String boundary = "marquee-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = Api.request(path, token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return Api.send(request);
    }

    /** Checks a picture was served as anybody may keep it, with its digest as ETag; that ETag. */
    static String servedToEveryone(HttpResponse<byte[]> fetched, byte[] content, String mediaType) {
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo(content);
        assertThat(fetched.headers().firstValue("Content-Type")).hasValue(mediaType);
        assertThat(fetched.headers().firstValue("Cache-Control")).hasValue("public, max-age=86400");
        String etag = fetched.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        return etag;
    }

    /** GETs the bytes at {@code path}, with If-None-Match when given. */
    static HttpResponse<byte[]> fetch(String path, String token, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = Api.request(path, token).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
