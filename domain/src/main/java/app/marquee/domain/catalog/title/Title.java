package app.marquee.domain.catalog.title;

import app.marquee.domain.shared.image.ImageRef;
import app.marquee.domain.shared.image.ImageSlot;
import app.marquee.domain.catalog.CatalogRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A film or a series in the catalog. Editors draft it, publish it for everyone to see, and
 * archive it when it should leave the catalog but is still referred to. Films have a runtime;
 * series do not (their episodes do). A release year lies between 1888, the first film, and five
 * years from now. Every change moves the version on, which clients see as the ETag.
 */
public final class Title {
    public static final int FIRST_FILM_YEAR = 1888;
    public static final int YEARS_AHEAD = 5;

    private final TitleId id;
    private final TitleKind kind;
    private TitleDetails details;
    private TitleStatus status;
    private final Map<ImageSlot, ImageRef> images;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private Title(TitleId id, TitleKind kind, TitleDetails details, TitleStatus status, Map<ImageSlot, ImageRef> images,
                  Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.kind = Objects.requireNonNull(kind);
        this.details = Objects.requireNonNull(details);
        this.status = Objects.requireNonNull(status);
        this.images = new EnumMap<>(ImageSlot.class);
        this.images.putAll(images);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
    }

    /** A new title, visible to admins only until it is published. */
    public static Outcome<Title> draft(TitleKind kind, TitleDetails details, Instant now) {
        Optional<Rejection> wrong = check(kind, details, now);
        if (wrong.isPresent()) {
            return Outcome.rejected(wrong.get());
        }
        return Outcome.accepted(new Title(TitleId.newId(), kind, details, TitleStatus.DRAFT, Map.of(), now, now, 0));
    }

    /** For the persistence adapter only. */
    public static Title rehydrate(TitleId id, TitleKind kind, TitleDetails details, TitleStatus status,
                                  Map<ImageSlot, ImageRef> images, Instant createdAt, Instant updatedAt, long version) {
        return new Title(id, kind, details, status, images, createdAt, updatedAt, version);
    }

    /** Replaces what the editors wrote. An archived title is frozen. */
    public Outcome<Title> revise(TitleDetails revised, Instant now) {
        if (status == TitleStatus.ARCHIVED) {
            return Outcome.rejected(CatalogRejection.TITLE_ARCHIVED);
        }
        Optional<Rejection> wrong = check(kind, revised, now);
        if (wrong.isPresent()) {
            return Outcome.rejected(wrong.get());
        }
        details = revised;
        updatedAt = now;
        return Outcome.accepted(this);
    }

    /** Moves the title to another status: DRAFT and PUBLISHED go both ways, ARCHIVED back to DRAFT only. */
    public Outcome<Title> moveTo(TitleStatus target, Instant now) {
        if (status == TitleStatus.ARCHIVED && target == TitleStatus.PUBLISHED) {
            return Outcome.rejected(CatalogRejection.TITLE_ARCHIVED);
        }
        status = target;
        updatedAt = now;
        return Outcome.accepted(this);
    }

    /**
     * Revises the title and moves it to {@code target} as one change. The revision is checked
     * before anything moves, so a title is never published with details that were refused; out of
     * ARCHIVED the move goes first, since an archived title is frozen until it is back to DRAFT.
     */
    public Outcome<Title> reviseAndMoveTo(TitleDetails revised, TitleStatus target, Instant now) {
        Optional<Rejection> wrong = check(kind, revised, now);
        if (wrong.isPresent()) {
            return Outcome.rejected(wrong.get());
        }
        if (status == TitleStatus.ARCHIVED) {
            return moveTo(target, now).flatMap(moved -> moved.revise(revised, now));
        }
        return revise(revised, now).flatMap(done -> done.moveTo(target, now));
    }

    /** Shows a checked picture in a slot, replacing the one there. An archived title is frozen. */
    public Outcome<Title> show(ImageSlot slot, ImageRef image, Instant now) {
        Objects.requireNonNull(image, "image");
        if (status == TitleStatus.ARCHIVED) {
            return Outcome.rejected(CatalogRejection.TITLE_ARCHIVED);
        }
        images.put(slot, image);
        updatedAt = now;
        return Outcome.accepted(this);
    }

    /** Admins see every title; everyone else only published ones. */
    public boolean isVisibleTo(boolean admin) {
        return admin || status.isVisibleToEveryone();
    }

    private static Optional<Rejection> check(TitleKind kind, TitleDetails details, Instant now) {
        int latest = now.atZone(ZoneOffset.UTC).getYear() + YEARS_AHEAD;
        if (details.releaseYear() < FIRST_FILM_YEAR || details.releaseYear() > latest) {
            return Optional.of(Rejection.onField(CatalogRejection.RELEASE_YEAR_OUT_OF_RANGE, "releaseYear"));
        }
        if (kind == TitleKind.MOVIE && details.runtimeMinutes().isEmpty()) {
            return Optional.of(Rejection.onField(CatalogRejection.RUNTIME_REQUIRED, "runtimeMinutes"));
        }
        if (kind == TitleKind.SERIES && details.runtimeMinutes().isPresent()) {
            return Optional.of(Rejection.onField(CatalogRejection.RUNTIME_NOT_ALLOWED, "runtimeMinutes"));
        }
        return Optional.empty();
    }

    public TitleId id() {
        return id;
    }

    public TitleKind kind() {
        return kind;
    }

    public TitleDetails details() {
        return details;
    }

    public TitleStatus status() {
        return status;
    }

    public Optional<ImageRef> image(ImageSlot slot) {
        return Optional.ofNullable(images.get(slot));
    }

    public Map<ImageSlot, ImageRef> images() {
        return Map.copyOf(images);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
