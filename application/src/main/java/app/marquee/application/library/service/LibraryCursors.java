package app.marquee.application.library.service;

import app.marquee.application.library.port.out.PagePosition;
import app.marquee.domain.library.LibraryRejection;
import app.marquee.domain.shared.Outcome;
import app.marquee.domain.shared.Rejection;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Newest-first paging for library lists. A cursor is where the last page ended, written as
 * {@code <instant>|<uuid>}; one row more than the page is read, so that the last page is known to
 * be the last without a second query.
 */
final class LibraryCursors {
    /** What a stored instant can be; a cursor beyond (which we never wrote) would fail in the database. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private LibraryCursors() {
    }

    record Cut<T>(List<T> items, Optional<String> next) {
    }

    /** The position a cursor names; INVALID_CURSOR on {@code cursor} for text this class did not write. */
    static Outcome<Optional<PagePosition>> read(Optional<String> cursor) {
        if (cursor.isEmpty()) {
            return Outcome.accepted(Optional.empty());
        }
        String text = cursor.get();
        int bar = text.indexOf('|');
        try {
            if (bar > 0) {
                UUID id = UUID.fromString(text.substring(bar + 1));
                Instant at = Instant.parse(text.substring(0, bar));
                if (id.toString().equals(text.substring(bar + 1)) && !at.isBefore(EARLIEST) && !at.isAfter(LATEST)) {
                    return Outcome.accepted(Optional.of(new PagePosition(at, id)));
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException notOurs) {
            // falls through to the rejection below
        }
        return Outcome.rejected(Rejection.onField(LibraryRejection.INVALID_CURSOR, "cursor"));
    }

    /** The first {@code limit} of what was found (at most limit + 1), and the cursor after them if more remain. */
    static <T> Cut<T> cut(List<T> found, int limit, Function<T, PagePosition> position) {
        if (found.size() <= limit) {
            return new Cut<>(found, Optional.empty());
        }
        List<T> page = found.subList(0, limit);
        PagePosition last = position.apply(page.get(page.size() - 1));
        return new Cut<>(page, Optional.of(last.at() + "|" + last.id()));
    }
}
