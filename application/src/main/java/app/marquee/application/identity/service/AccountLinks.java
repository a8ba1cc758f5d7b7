package app.marquee.application.identity.service;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Where the links in account e-mails point: the front end's pages under {@code MARQUEE_PUBLIC_URL}
 * ({@code /verify-email?token=…}, {@code /reset-password?token=…}); the bootstrap builds this from
 * configuration.
 */
public record AccountLinks(URI publicUrl) {
    public AccountLinks {
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (!publicUrl.isAbsolute() || !("http".equals(publicUrl.getScheme()) || "https".equals(publicUrl.getScheme()))) {
            throw new IllegalArgumentException("MARQUEE_PUBLIC_URL is an absolute http(s) URL, not " + publicUrl);
        }
    }

    public String verification(String token) {
        return page("/verify-email", token);
    }

    public String passwordReset(String token) {
        return page("/reset-password", token);
    }

    private String page(String path, String token) {
        String base = publicUrl.toString().replaceAll("/+$", "");
        return base + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
