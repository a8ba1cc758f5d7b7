package app.marquee.adapter.rest.problem;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Error texts in English (default) and French, chosen by the request's {@code Accept-Language}.
 * Keys: {@code <CODE>.title}, {@code <CODE>.detail} and {@code field.<Constraint>}.
 */
@Singleton
public class ProblemMessages {
    static final String BUNDLE = "app.marquee.adapter.rest.messages";
    private static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.FRENCH);

    public Locale localeOf(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match == null ? Locale.ENGLISH : match;
        } catch (IllegalArgumentException malformedHeader) {
            return Locale.ENGLISH;
        }
    }

    /** The text for a key, or null when the bundle has none. */
    public String text(Locale locale, String key) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control
                .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
    }
}
