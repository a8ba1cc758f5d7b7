package app.marquee.domain.catalog.title;

import app.marquee.domain.catalog.genre.GenreId;
import app.marquee.domain.catalog.shared.Prose;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Everything an editor writes about a title, checked as a whole: name and original name (1-200
 * characters), synopsis (at most 5,000), release year, runtime in minutes (1-999; films only),
 * up to 10 genres, an age rating ("PG-13", "12", "16+"), credits in billing order, audio and
 * subtitle languages, and an http(s) trailer URL.
 */
public record TitleDetails(String name, Optional<String> originalName, String synopsis, int releaseYear,
                           OptionalInt runtimeMinutes, Set<GenreId> genres, Optional<String> ageRating,
                           List<Credit> credits, Set<LanguageCode> audioLanguages,
                           Set<LanguageCode> subtitleLanguages, Optional<URI> trailerUrl) {
    public static final int MAX_NAME = 200;
    public static final int MAX_SYNOPSIS = 5_000;
    public static final int MAX_GENRES = 10;
    public static final int MAX_CREDITS = 500;
    public static final int MAX_RUNTIME = 999;

    public TitleDetails {
        name = text(name, MAX_NAME, "title");
        originalName = Objects.requireNonNull(originalName).map(String::strip).filter(n -> !n.isEmpty())
                .map(n -> text(n, MAX_NAME, "original title"));
        synopsis = synopsis == null ? "" : synopsis.strip();
        if (synopsis.length() > MAX_SYNOPSIS || !Prose.isClean(synopsis)) {
            throw new IllegalArgumentException("synopsis is at most 5000 characters, without control characters");
        }
        Objects.requireNonNull(runtimeMinutes);
        if (runtimeMinutes.isPresent() && (runtimeMinutes.getAsInt() < 1 || runtimeMinutes.getAsInt() > MAX_RUNTIME)) {
            throw new IllegalArgumentException("runtime is 1 to 999 minutes");
        }
        genres = Set.copyOf(genres);
        if (genres.size() > MAX_GENRES) {
            throw new IllegalArgumentException("at most 10 genres");
        }
        ageRating = Objects.requireNonNull(ageRating).map(String::strip).filter(r -> !r.isEmpty());
        if (ageRating.isPresent() && !ageRating.get().matches("[A-Za-z0-9+-]{1,10}")) {
            throw new IllegalArgumentException("an age rating is 1 to 10 letters, digits, + or -");
        }
        credits = List.copyOf(credits);
        if (credits.size() > MAX_CREDITS) {
            throw new IllegalArgumentException("at most 500 credits");
        }
        audioLanguages = Set.copyOf(audioLanguages);
        subtitleLanguages = Set.copyOf(subtitleLanguages);
        trailerUrl = Objects.requireNonNull(trailerUrl);
        if (trailerUrl.isPresent() && !isWebAddress(trailerUrl.get())) {
            throw new IllegalArgumentException("the trailer is an http or https address");
        }
    }

    private static boolean isWebAddress(URI uri) {
        return uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                && uri.getHost() != null && uri.toString().length() <= 2_000;
    }

    private static String text(String value, int max, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String stripped = value.strip();
        if (stripped.length() > max || stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " is 1 to " + max + " characters without control characters");
        }
        return stripped;
    }
}
