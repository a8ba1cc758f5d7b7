package app.marquee.application.sales.paging;

import app.marquee.domain.sales.SalesRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of a sales list ended: the last item's sort key (a lower-cased name, a start
 * instant) and its id, which breaks ties. Written as {@code <uuid>:<key>}: the id first, fixed in
 * length and without a colon, so the key may hold any character but a control one.
 */
public record PagePosition(String key, UUID id) {
    private static final int UUID_LENGTH = 36;

    public PagePosition {
        Objects.requireNonNull(id, "id");
        if (key == null || key.isBlank() || key.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a page position's key is printable text");
        }
    }

    public String write() {
        return id + ":" + key;
    }

    /**
     * The position a caller sent back, none when it sent none, or {@code INVALID_CURSOR} on the field
     * {@code cursor} when the text is not one {@link #write} could have produced.
     */
    public static Outcome<Optional<PagePosition>> read(Optional<String> cursor) {
        if (cursor.isEmpty()) {
            return Outcome.accepted(Optional.empty());
        }
        return parse(cursor.get()).<Outcome<Optional<PagePosition>>>map(position -> Outcome.accepted(Optional.of(position)))
                .orElseGet(() -> Outcome.rejected(Rejection.onField(SalesRejection.INVALID_CURSOR, "cursor")));
    }

    private static Optional<PagePosition> parse(String text) {
        if (text.length() <= UUID_LENGTH + 1 || text.charAt(UUID_LENGTH) != ':') {
            return Optional.empty();
        }
        String key = text.substring(UUID_LENGTH + 1);
        String id = text.substring(0, UUID_LENGTH);
        if (key.isBlank() || key.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.empty();
        }
        try {
            UUID parsed = UUID.fromString(id);
            return parsed.toString().equals(id) ? Optional.of(new PagePosition(key, parsed)) : Optional.empty();
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
