package app.marquee.domain.catalog.genre;

import app.marquee.domain.catalog.shared.LocalizedName;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of story ("drama", "comedie"...). Its slug is its stable, URL-safe key, unique in the
 * catalog; its name is shown in English or French.
 */
public final class Genre {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int MAX_SLUG_LENGTH = 40;

    private final GenreId id;
    private final String slug;
    private LocalizedName name;
    private final long version;

    private Genre(GenreId id, String slug, LocalizedName name, long version) {
        this.id = Objects.requireNonNull(id);
        this.slug = Objects.requireNonNull(slug);
        this.name = Objects.requireNonNull(name);
        this.version = version;
        if (!isValidSlug(slug)) {
            throw new IllegalArgumentException("a slug is lower-case words joined by hyphens, at most 40 characters");
        }
    }

    public static Genre create(String slug, LocalizedName name) {
        return new Genre(GenreId.newId(), slug, name, 0);
    }

    /** For the persistence adapter only. */
    public static Genre rehydrate(GenreId id, String slug, LocalizedName name, long version) {
        return new Genre(id, slug, name, version);
    }

    public static boolean isValidSlug(String candidate) {
        return candidate != null && candidate.length() <= MAX_SLUG_LENGTH && SLUG.matcher(candidate).matches();
    }

    public void rename(LocalizedName newName) {
        this.name = Objects.requireNonNull(newName);
    }

    public GenreId id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public LocalizedName name() {
        return name;
    }

    public long version() {
        return version;
    }
}
